namespace DualCreationBot.Services.Roster;

/// <summary>The columns of the roster table, in the order the writer puts them.</summary>
internal enum RosterColumn
{
    UnitId,
    UnitName,
    UnitType,
    ParentUnitId,
    PersonId,
    Name,
    Role,
    TeamsAadObjectId,
    TeamsUpn,
    WeComUserId,
    WebChatId,
}

/// <summary>
/// The file format's vocabulary: header names and the words for unit types and roles.
/// These are format tokens, the same whatever the user's language, so they live here and not in resources.
/// </summary>
internal static class RosterFormat
{
    public static readonly IReadOnlyList<RosterColumn> AllColumns = Enum.GetValues<RosterColumn>();

    /// <summary>Without these the rows cannot be understood; the rest may be left out of the header.</summary>
    public static readonly IReadOnlyList<RosterColumn> RequiredColumns =
    [
        RosterColumn.UnitId, RosterColumn.UnitName, RosterColumn.UnitType,
        RosterColumn.PersonId, RosterColumn.Name, RosterColumn.Role,
    ];

    /// <summary>The account columns, in reading order, with the roster channel each one feeds.</summary>
    public static readonly IReadOnlyList<(RosterColumn Column, string Channel)> AccountColumns =
    [
        (RosterColumn.TeamsAadObjectId, Channels.Teams),
        (RosterColumn.TeamsUpn, Channels.TeamsUpn),
        (RosterColumn.WeComUserId, Channels.WeCom),
        (RosterColumn.WebChatId, Channels.WebChat),
    ];

    public static string ChineseHeader(RosterColumn column) => column switch
    {
        RosterColumn.UnitId => "单位编号",
        RosterColumn.UnitName => "单位名称",
        RosterColumn.UnitType => "单位类型",
        RosterColumn.ParentUnitId => "上级单位编号",
        RosterColumn.PersonId => "人员编号",
        RosterColumn.Name => "姓名",
        RosterColumn.Role => "角色",
        RosterColumn.TeamsAadObjectId => "Teams对象ID",
        RosterColumn.TeamsUpn => "Teams账号",
        RosterColumn.WeComUserId => "企业微信账号",
        RosterColumn.WebChatId => "网页账号",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>The English alias is the enum member's name.</summary>
    public static string EnglishHeader(RosterColumn column) => column.ToString();

    /// <summary>
    /// The column a header cell names, or null. Spaces are ignored and letters compared in upper case,
    /// because hand-made spreadsheets write "Teams 账号" or "unitid" as often as the template's spelling.
    /// </summary>
    public static RosterColumn? ColumnOf(string header)
    {
        var key = HeaderKey(header);
        foreach (var column in AllColumns)
        {
            if (string.Equals(key, HeaderKey(ChineseHeader(column)), StringComparison.Ordinal) ||
                string.Equals(key, HeaderKey(EnglishHeader(column)), StringComparison.Ordinal))
            {
                return column;
            }
        }

        return null;
    }

    public static string UnitTypeWord(UnitKind kind) => kind == UnitKind.GeneralBranch ? "党总支" : "党支部";

    public static UnitKind? ParseUnitType(string text) => Normalize(text) switch
    {
        "党总支" or "GENERALBRANCH" => UnitKind.GeneralBranch,
        "党支部" or "BRANCH" => UnitKind.Branch,
        _ => null,
    };

    public static string RoleWord(Role role) => role switch
    {
        Role.BranchSecretary => "支部书记",
        Role.GeneralBranchSecretary => "总支书记",
        Role.Reviewer => "评审",
        Role.Administrator => "管理员",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The template's words, their English names, and the fuller titles people tend to type.</summary>
    public static Role? ParseRole(string text) => Normalize(text) switch
    {
        "支部书记" or "党支部书记" or "BRANCHSECRETARY" => Role.BranchSecretary,
        "总支书记" or "党总支书记" or "GENERALBRANCHSECRETARY" => Role.GeneralBranchSecretary,
        "评审" or "评审组成员" or "REVIEWER" => Role.Reviewer,
        "管理员" or "ADMINISTRATOR" => Role.Administrator,
        _ => null,
    };

    /// <summary>The unit kind a secretary role belongs to, or null for roles without a unit.</summary>
    public static UnitKind? SecretaryUnitKind(Role role) => role switch
    {
        Role.BranchSecretary => UnitKind.Branch,
        Role.GeneralBranchSecretary => UnitKind.GeneralBranch,
        _ => null,
    };

    private static string HeaderKey(string header) => Normalize(header.Replace("\uFEFF", string.Empty, StringComparison.Ordinal));

    private static string Normalize(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
