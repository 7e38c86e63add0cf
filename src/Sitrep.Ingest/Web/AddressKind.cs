namespace Sitrep.Ingest.Web;

/// <summary>What kind of network an IP address belongs to. Only <see cref="Public"/> is reached by default.</summary>
public enum AddressKind
{
    Public,
    /// <summary>127.0.0.0/8, ::1.</summary>
    Loopback,
    /// <summary>10/8, 172.16/12, 192.168/16, and the old IPv6 site-local fec0::/10.</summary>
    Private,
    /// <summary>169.254/16, fe80::/10.</summary>
    LinkLocal,
    /// <summary>fc00::/7.</summary>
    UniqueLocal,
    /// <summary>100.64/10 (carrier-grade NAT).</summary>
    CarrierGradeNat,
    /// <summary>224/4, ff00::/8, and 255.255.255.255.</summary>
    Multicast,
    /// <summary>0.0.0.0/8, ::.</summary>
    Unspecified,
    /// <summary>Reserved, documentation, benchmarking and protocol ranges no news site lives in (240/4, 192.0.0/24, 198.18/15, 100::/64 …).</summary>
    Reserved,
}
