using System.Net;

namespace Sitrep.Ingest.Web;

/// <summary>Raised inside the connection step when a host resolves only to addresses the options forbid.</summary>
internal sealed class AddressRefusedException : Exception
{
    public AddressRefusedException(string host, IPAddress address)
        : base($"{host} is {AddressClassifier.Describe(AddressClassifier.Classify(address))} ({address})")
    {
        Host = host;
        Address = address;
    }

    public string Host { get; }

    public IPAddress Address { get; }
}
