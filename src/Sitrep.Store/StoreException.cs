namespace Sitrep.Store;

/// <summary>
/// The store could not do what was asked. The message names the store and says what to do next
/// ("cannot open ./sitrep.db: file is not a database"); the driver's exception is kept as the inner one.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string message) : base(message)
    {
    }

    public StoreException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public StoreException(string message, Exception? innerException, bool isTransient) : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>
    /// Another writer changed the same rows at the same time (a unique key, a serialization failure, a deadlock):
    /// the transaction was rolled back and the same work can simply be tried again.
    /// </summary>
    public bool IsTransient { get; }
}
