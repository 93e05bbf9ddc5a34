using System.Net.Sockets;
using System.Text;

namespace StudyGuide.Tests.Infrastructure;

/// <summary>The status line and headers of one raw HTTP/1.1 answer (names compared ignoring case).</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// One HTTP/1.1 request written byte for byte over a socket. <see cref="HttpClient"/> goes through
/// <see cref="Uri"/>, which turns <c>\</c> into <c>/</c> and may normalize a path; a hostile request
/// target must reach the server exactly as an attacker's tool would send it.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> GetAsync(string address, string requestTarget, string? host = null)
    {
        var server = new Uri(address);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = $"GET {requestTarget} HTTP/1.1\r\nHost: {host ?? server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(headEnd > 0, $"no complete HTTP answer to {requestTarget}: {text}");
        var lines = text[..headEnd].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new RawResponse(status, headers, text[(headEnd + 4)..]);
    }
}
