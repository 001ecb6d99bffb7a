namespace Federation.Host.Persistence;

/// <summary>The store could not be copied for a reason an operator must fix (a missing tool, a refused login).</summary>
internal sealed class BackupFailedException(string message) : Exception(message);
