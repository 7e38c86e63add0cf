using System.Net;
using Sitrep.Ingest.Web;
using Xunit;

namespace Sitrep.Ingest.Tests.Web;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("93.184.216.34", AddressKind.Public)]
    [InlineData("8.8.8.8", AddressKind.Public)]
    [InlineData("2606:4700:4700::1111", AddressKind.Public)]
    [InlineData("127.0.0.1", AddressKind.Loopback)]
    [InlineData("127.255.0.9", AddressKind.Loopback)]
    [InlineData("::1", AddressKind.Loopback)]
    [InlineData("10.0.0.5", AddressKind.Private)]
    [InlineData("172.16.0.1", AddressKind.Private)]
    [InlineData("172.31.255.255", AddressKind.Private)]
    [InlineData("172.32.0.1", AddressKind.Public)]
    [InlineData("192.168.1.1", AddressKind.Private)]
    [InlineData("169.254.169.254", AddressKind.LinkLocal)]
    [InlineData("fe80::1", AddressKind.LinkLocal)]
    [InlineData("fc00::1", AddressKind.UniqueLocal)]
    [InlineData("fd12:3456::1", AddressKind.UniqueLocal)]
    [InlineData("100.64.0.1", AddressKind.CarrierGradeNat)]
    [InlineData("100.127.255.254", AddressKind.CarrierGradeNat)]
    [InlineData("100.128.0.1", AddressKind.Public)]
    [InlineData("224.0.0.1", AddressKind.Multicast)]
    [InlineData("239.255.255.250", AddressKind.Multicast)]
    [InlineData("255.255.255.255", AddressKind.Multicast)]
    [InlineData("ff02::1", AddressKind.Multicast)]
    [InlineData("0.0.0.0", AddressKind.Unspecified)]
    [InlineData("::", AddressKind.Unspecified)]
    [InlineData("240.0.0.1", AddressKind.Reserved)]
    [InlineData("::ffff:127.0.0.1", AddressKind.Loopback)]
    [InlineData("::ffff:10.1.2.3", AddressKind.Private)]
    [InlineData("::ffff:169.254.1.1", AddressKind.LinkLocal)]
    [InlineData("::ffff:93.184.216.34", AddressKind.Public)]
    [InlineData("64:ff9b::c0a8:101", AddressKind.Private)]
    [InlineData("2002:7f00:1::1", AddressKind.Loopback)]
    [InlineData("fec0::1", AddressKind.Private)]
    public void Address_is_classified(string address, AddressKind expected) =>
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34", false, true)]
    [InlineData("127.0.0.1", false, false)]
    [InlineData("::ffff:192.168.0.10", false, false)]
    [InlineData("192.168.0.10", true, true)]
    [InlineData("::1", true, true)]
    public void Options_allow_public_addresses_and_private_ones_only_when_told(string address, bool allowPrivate, bool allowed) =>
        Assert.Equal(allowed, new FetchOptions { AllowPrivate = allowPrivate }.Allows(IPAddress.Parse(address)));

    [Fact]
    public void An_allowed_network_opens_only_itself()
    {
        var options = new FetchOptions { AllowedNetworks = [IPNetwork.Parse("127.0.0.1/32")] };

        Assert.True(options.Allows(IPAddress.Parse("127.0.0.1")));
        Assert.True(options.Allows(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.False(options.Allows(IPAddress.Parse("127.0.0.2")));
        Assert.False(options.Allows(IPAddress.Parse("10.0.0.1")));
    }
}
