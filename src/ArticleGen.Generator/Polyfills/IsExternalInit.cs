// Lets records and init-only setters compile for netstandard2.0, where the runtime type is missing.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
