using System.Text.Json.Serialization;

namespace DualCreationBot.Services.Roster;

/// <summary>A 党总支 (general branch, one per college) or a 党支部 (branch, under a 总支).</summary>
public enum UnitKind
{
    GeneralBranch,
    Branch,
}

/// <summary>What a person may do. A person may hold several roles.</summary>
public enum Role
{
    /// <summary>党支部书记: applies for 样板支部 for their branch.</summary>
    BranchSecretary,

    /// <summary>党总支书记: applies for 标杆学院 and sees its branches.</summary>
    GeneralBranchSecretary,

    /// <summary>评审组成员: reads applications and deliverables.</summary>
    Reviewer,

    /// <summary>组织部管理员: keeps the roster and the campaign.</summary>
    Administrator,
}

public sealed record Unit(string Id, string Name, UnitKind Kind, string? ParentId);

/// <summary>A role, tied to a unit for the two secretary roles.</summary>
public sealed record RoleAssignment(Role Role, string? UnitId);

/// <summary>
/// An account a person uses on a channel: <see cref="Channels.Teams"/> (AAD object id or e-mail/UPN),
/// <see cref="Channels.WeCom"/> (userid) or <see cref="Channels.WebChat"/> (Emulator / Web Chat user id).
/// </summary>
public sealed record ChannelAccount(string Channel, string AccountId);

public sealed record Person(string Id, string Name, IReadOnlyList<RoleAssignment> Roles, IReadOnlyList<ChannelAccount> Accounts)
{
    public bool Has(Role role) => Roles.Any(r => r.Role == role);

    [JsonIgnore]
    public bool IsAdministrator => Has(Role.Administrator);

    /// <summary>The units this person is secretary of.</summary>
    [JsonIgnore]
    public IEnumerable<string> SecretaryOf => Roles
        .Where(r => r.Role is Role.BranchSecretary or Role.GeneralBranchSecretary && r.UnitId is not null)
        .Select(r => r.UnitId!);
}

/// <summary>The account kinds a roster can name, and how a Bot Framework channel maps to them.</summary>
public static class Channels
{
    public const string Teams = "teams";
    public const string TeamsUpn = "teams-upn";
    public const string WeCom = "wecom";
    public const string WebChat = "webchat";

    /// <summary>The Bot Framework channel id of Microsoft Teams.</summary>
    public const string TeamsChannelId = "msteams";

    /// <summary>The roster channel for a Bot Framework channel id: Emulator, Web Chat, Direct Line and tests share one.</summary>
    public static string ForBotChannel(string? channelId) => channelId switch
    {
        TeamsChannelId => Teams,
        "wecom" => WeCom,
        _ => WebChat,
    };
}

/// <summary>Everyone and every unit of the programme, as one document.</summary>
public sealed record RosterData(IReadOnlyList<Unit> Units, IReadOnlyList<Person> People)
{
    public static RosterData Empty { get; } = new([], []);

    public Unit? Unit(string id) => Units.FirstOrDefault(u => u.Id == id);

    public Person? Person(string id) => People.FirstOrDefault(p => p.Id == id);

    public IEnumerable<Unit> BranchesOf(string generalBranchId) => Units.Where(u => u.ParentId == generalBranchId);

    /// <summary>Finds the person using <paramref name="account"/>; account ids compare case-insensitively (e-mail, UPN).</summary>
    public Person? FindByAccount(ChannelAccount account) => People.FirstOrDefault(p => p.Accounts.Any(a =>
        string.Equals(a.Channel, account.Channel, StringComparison.Ordinal) &&
        string.Equals(a.AccountId, account.AccountId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The secretaries of a unit.</summary>
    public IEnumerable<Person> SecretariesOf(string unitId) => People.Where(p => p.SecretaryOf.Contains(unitId));
}
