using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Tests.Infrastructure;

/// <summary>
/// What the compiler makes of a <c>.globalconfig</c> (or an <c>.editorconfig</c> with <c>is_global = true</c>):
/// <c>dotnet_diagnostic.ID.severity</c> for every diagnostic, wherever it is reported. Sections of an ordinary
/// <c>.editorconfig</c> apply per syntax tree only, so they never reach a diagnostic located in an article.
/// </summary>
internal sealed class GlobalConfigOptionsProvider(IReadOnlyDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
{
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        severities.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        severities.TryGetValue(diagnosticId, out severity);
}
