using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Services.Files;

/// <summary>Where the bot can be reached by a browser, and how its download links are signed. Section "Files".</summary>
public sealed class FileLinkOptions
{
    public const string SectionName = "Files";

    /// <summary>The bot's public address, the base of download links sent in the chat.</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3978");

    /// <summary>Base64 key (at least 32 bytes) signing download links; empty = a random key per start (links die with the process).</summary>
    public string? SigningKey { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>
/// Short-lived download links for stored files: the path and expiry, signed with HMAC-SHA256, so a
/// file can be fetched from a chat without exposing the store and without a login.
/// </summary>
public interface IFileLinks
{
    /// <summary>A link to <paramref name="path"/> that works until it expires.</summary>
    Uri Create(string path, string fileName);

    /// <summary>The stored path named by a valid, unexpired token, or null.</summary>
    string? Resolve(string token);
}

internal sealed class FileLinks : IFileLinks
{
    private readonly FileLinkOptions options;
    private readonly TimeProvider time;
    private readonly byte[] key;

    public FileLinks(IOptions<FileLinkOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.time = time;
        key = string.IsNullOrWhiteSpace(this.options.SigningKey) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(this.options.SigningKey);
    }

    public Uri Create(string path, string fileName)
    {
        var expires = time.GetUtcNow().Add(options.LinkLifetime).ToUnixTimeSeconds();
        var payload = Base64Url(Encoding.UTF8.GetBytes(expires + "|" + path));
        var token = payload + "." + Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload)));
        return new Uri(options.PublicBaseUrl, "files/" + token + "/" + Uri.EscapeDataString(fileName));
    }

    public string? Resolve(string token)
    {
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 2)
        {
            return null;
        }

        var expected = Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(parts[0])));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[1])))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(FromBase64Url(parts[0]));
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && long.TryParse(text[..bar], System.Globalization.CultureInfo.InvariantCulture, out var expires) && expires >= time.GetUtcNow().ToUnixTimeSeconds()
            ? text[(bar + 1)..]
            : null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }
}
