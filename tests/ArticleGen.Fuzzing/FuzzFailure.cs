using System;

namespace ArticleGen.Fuzzing;

/// <summary>A check that failed on a batch of generated articles (not a crash: the process goes on to report it).</summary>
internal sealed class FuzzFailure(string message) : Exception(message);
