using System.Linq;
using ArticleGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Model;

/// <summary>A diagnostic as plain values: its descriptor's id, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, SourceLocation Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceLocation location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location.ToLocation(), Arguments.AsImmutableArray().ToArray());
}
