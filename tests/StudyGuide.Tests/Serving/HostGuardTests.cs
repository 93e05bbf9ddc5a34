using Microsoft.AspNetCore.Http;
using StudyGuide.Cli.Serving;

namespace StudyGuide.Tests.Serving;

/// <summary>Which <c>Host</c> values the preview server takes as its own (the HTTP behaviour is in <see cref="Hostile.PreviewServerTests"/>).</summary>
public sealed class HostGuardTests
{
    [Theory]
    [InlineData("127.0.0.1:8080", 8080)]
    [InlineData("localhost:8080", 8080)]
    [InlineData("LOCALHOST:8080", 8080)]
    [InlineData("[::1]:8080", 8080)]
    [InlineData("localhost", 80)] // a browser leaves out the default port
    [InlineData("127.0.0.1:80", 80)]
    public void Its_own_names_with_its_port_are_its_own(string host, int port) =>
        Assert.True(HostGuard.IsOwn(HostString.FromUriComponent(host), port));

    [Theory]
    [InlineData("", 8080)]
    [InlineData("evil.example", 8080)]
    [InlineData("evil.example:8080", 8080)]
    [InlineData("127.0.0.1.nip.io:8080", 8080)]
    [InlineData("localhost.:8080", 8080)]
    [InlineData("127.0.0.1:8081", 8080)]
    [InlineData("localhost", 8080)]
    [InlineData("0.0.0.0:8080", 8080)]
    [InlineData("[::ffff:127.0.0.1]:8080", 8080)]
    public void Any_other_name_or_port_is_foreign(string host, int port) =>
        Assert.False(HostGuard.IsOwn(HostString.FromUriComponent(host), port));
}
