using System.Security.Cryptography;
using DualCreationBot.Services.Storage;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Services.Roster;

/// <summary>Who is who: the roster in storage (seeded from the configured file), account binding, re-import.</summary>
public interface IRosterService
{
    Task<RosterData> CurrentAsync(CancellationToken cancellationToken = default);

    Task<Person?> FindAsync(ChannelAccount account, CancellationToken cancellationToken = default);

    /// <summary>Replaces the roster (an administrator's upload). Accounts bound in the chat are kept for people still listed.</summary>
    Task<RosterData> ImportAsync(Person administrator, RosterData roster, CancellationToken cancellationToken = default);

    /// <summary>A one-time code that links the next account typing "绑定 code" to <paramref name="personId"/>.</summary>
    Task<BindingCode> IssueBindingCodeAsync(Person administrator, string personId, CancellationToken cancellationToken = default);

    /// <summary>Links <paramref name="account"/> to the person the code was issued for; null when the code is unknown, used or expired.</summary>
    Task<Person?> BindAsync(string code, ChannelAccount account, CancellationToken cancellationToken = default);
}

public sealed record BindingCode(string Code, string PersonId, DateTimeOffset Expires);

/// <summary>Only administrators keep the roster.</summary>
public sealed class NotPermittedException(string message) : Exception(message);

public sealed class RosterOptions
{
    public const string SectionName = "Roster";

    /// <summary>Roster file loaded when storage holds none yet (relative to the app folder).</summary>
    public string? SeedFile { get; set; } = "roster.sample.csv";

    /// <summary>How long a binding code stays valid.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan BindingCodeLifetime { get; set; } = TimeSpan.FromDays(7);
}

internal sealed class RosterService(IDocumentStore store, IRosterFileReader reader, IOptions<RosterOptions> options, TimeProvider time) : IRosterService
{
    private const string RosterKey = "roster/current";
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    // Read on every turn (who is speaking): deserialized again only when the stored roster changed.
    private readonly DocumentCache<RosterData> current = new(store, RosterKey, time, TimeSpan.FromSeconds(2));

    public async Task<RosterData> CurrentAsync(CancellationToken cancellationToken = default) =>
        await current.GetAsync(cancellationToken).ConfigureAwait(false)
        ?? await SeedAsync(cancellationToken).ConfigureAwait(false);

    public async Task<Person?> FindAsync(ChannelAccount account, CancellationToken cancellationToken = default) =>
        (await CurrentAsync(cancellationToken).ConfigureAwait(false)).FindByAccount(account);

    public async Task<RosterData> ImportAsync(Person administrator, RosterData roster, CancellationToken cancellationToken = default)
    {
        Demand(administrator);
        ArgumentNullException.ThrowIfNull(roster);
        var imported = await store.UpdateAsync<RosterData>(RosterKey, previous => KeepBoundAccounts(previous, roster), cancellationToken).ConfigureAwait(false);
        current.Invalidate();
        return imported;
    }

    public async Task<BindingCode> IssueBindingCodeAsync(Person administrator, string personId, CancellationToken cancellationToken = default)
    {
        Demand(administrator);
        if ((await CurrentAsync(cancellationToken).ConfigureAwait(false)).Person(personId) is null)
        {
            throw new ArgumentException($"No person {personId}.", nameof(personId));
        }

        var code = new BindingCode(RandomNumberGenerator.GetString(CodeAlphabet, 8), personId, time.GetUtcNow() + options.Value.BindingCodeLifetime);
        await store.UpdateAsync<BindingCode>(CodeKey(code.Code), _ => code, cancellationToken).ConfigureAwait(false);
        return code;
    }

    public async Task<Person?> BindAsync(string code, ChannelAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var normalized = (code ?? string.Empty).Trim().ToUpperInvariant();
        if (normalized.Length != 8 || !normalized.All(CodeAlphabet.Contains))
        {
            return null;
        }

        var stored = await store.ReadAsync(CodeKey(normalized), cancellationToken).ConfigureAwait(false);
        var binding = stored is null ? null : System.Text.Json.JsonSerializer.Deserialize<BindingCode>(stored.Content, StorageJson.Options);
        if (binding is null || binding.Expires < time.GetUtcNow())
        {
            return null;
        }

        try
        {
            // Deleting on the ETag read is what makes the code single-use, even for two accounts racing.
            await store.DeleteAsync(CodeKey(normalized), stored!.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }

        var roster = await store.UpdateAsync<RosterData>(RosterKey, previous => Link(previous ?? RosterData.Empty, binding.PersonId, account), cancellationToken).ConfigureAwait(false);
        current.Invalidate();
        return roster.Person(binding.PersonId);
    }

    private static RosterData Link(RosterData roster, string personId, ChannelAccount account) => roster with
    {
        People = [.. roster.People.Select(p => p.Id == personId
            ? p with { Accounts = [.. p.Accounts.Where(a => a != account), account] }
            : p with { Accounts = [.. p.Accounts.Where(a => a != account)] })],
    };

    private static RosterData KeepBoundAccounts(RosterData? current, RosterData imported) => current is null
        ? imported
        : imported with
        {
            People = [.. imported.People.Select(p => current.Person(p.Id) is { } before
                ? p with { Accounts = [.. p.Accounts.Union(before.Accounts.Where(a => imported.FindByAccount(a) is null))] }
                : p)],
        };

    private static void Demand(Person administrator)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        if (!administrator.IsAdministrator)
        {
            throw new NotPermittedException($"{administrator.Id} is not an administrator.");
        }
    }

    private static string CodeKey(string code) => "binding-codes/" + code;

    private async Task<RosterData> SeedAsync(CancellationToken cancellationToken)
    {
        var file = options.Value.SeedFile;
        if (string.IsNullOrWhiteSpace(file))
        {
            return RosterData.Empty;
        }

        var path = Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);
        if (!File.Exists(path))
        {
            return RosterData.Empty;
        }

        RosterReadResult read;
        await using (var stream = File.OpenRead(path))
        {
            read = reader.Read(stream, path);
        }

        if (!read.Succeeded)
        {
            throw new InvalidOperationException($"The seed roster {path} has problems: {string.Join("; ", read.Problems)}");
        }

        var seeded = await store.UpdateAsync<RosterData>(RosterKey, previous => previous ?? read.Roster!, cancellationToken).ConfigureAwait(false);
        current.Invalidate();
        return seeded;
    }
}
