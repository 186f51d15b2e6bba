namespace System.Runtime.CompilerServices;

/// <summary>Lets the compiler emit a module initializer on netstandard2.0, which lacks the attribute; the runtime runs it.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class ModuleInitializerAttribute : Attribute
{
}
