using Sitrep.Store;

namespace Sitrep.Cli;

/// <summary>Opening the store a command names, with the one-line message every command gives when it cannot.</summary>
internal static class CliStores
{
    /// <summary>The open store, or null after telling the user why it could not be opened.</summary>
    /// <param name="mustExist">For commands that only read: a store file that is not there is an error, not a new empty store.</param>
    public static ISitrepStore? Open(CliContext context, string command, string location, bool mustExist = false)
    {
        try
        {
            return mustExist ? StoreFactory.OpenExisting(location, context.Time) : StoreFactory.Open(location, context.Time);
        }
        catch (StoreException e)
        {
            context.Error.WriteLine($"sitrep {command}: {e.Message}");
            return null;
        }
    }
}
