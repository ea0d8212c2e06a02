using System.Globalization;
using System.Text;
using DualCreationBot.Services.Roster;
using DualCreationBot.Tests.Infrastructure;
using MiniExcelLibs;

namespace DualCreationBot.Tests.Services.Roster;

public sealed class RosterFileReaderTests
{
    private const string Header = "单位编号,单位名称,单位类型,上级单位编号,人员编号,姓名,角色,Teams对象ID,Teams账号,企业微信账号,网页账号";

    private readonly RosterFileReader reader = new();

    [Fact]
    public void Reads_TheShippedSample_WithEveryUnitAndRole()
    {
        var result = ReadSample();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var roster = result.Roster!;
        var generalBranches = roster.Units.Where(u => u.Kind == UnitKind.GeneralBranch).ToList();
        Assert.True(generalBranches.Count >= 3);
        Assert.All(generalBranches, g => Assert.Equal(3, roster.BranchesOf(g.Id).Count()));
        Assert.All(roster.Units, u => Assert.NotEmpty(roster.SecretariesOf(u.Id)));
        Assert.All(roster.People, p => Assert.Contains(p.Accounts, a => a.Channel == Channels.WebChat));
        var admin = Assert.Single(roster.People, p => p.IsAdministrator);
        Assert.True(admin.Has(Role.Reviewer));
        Assert.Single(roster.People, p => p.Has(Role.Reviewer) && !p.IsAdministrator);
        Assert.Same(admin, roster.FindByAccount(new ChannelAccount(Channels.WebChat, "demo-admin")));
        Assert.Same(admin, roster.FindByAccount(new ChannelAccount(Channels.TeamsUpn, "ZhangSan@jzxy.example")));
        Assert.Equal(["demo-gb-wx"], roster.SecretariesOf("GB-WX").SelectMany(p => p.Accounts).Where(a => a.Channel == Channels.WebChat).Select(a => a.AccountId));
        Assert.Equal(new Unit("BR-WX-1", "文学院教工第一党支部", UnitKind.Branch, "GB-WX"), roster.Unit("BR-WX-1"));
    }

    [Fact]
    public void Reads_UnitsAndPeople_FromCsvWithEnglishHeaders()
    {
        // Column order free, names in any case, extra columns ignored, cells trimmed, no BOM.
        var csv = """
            role,Name,personid,UnitId,UnitName,UnitType,ParentUnitId,Remark,WebChatId,TeamsUpn
            GeneralBranchSecretary,Li Wen, P1 ,GB-1,College A,GeneralBranch,,x,web-1,li@jzxy.example
            BranchSecretary,Wang Yan,P2,BR-1,Branch A,Branch,GB-1,,web-2,
            Reviewer,Ma Jing,P3,,,,,,web-3,
            administrator,Ma Jing,P3,,,,,,,MA@jzxy.example
            """;

        var result = reader.Read(Utf8(csv, bom: false), "roster.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var roster = result.Roster!;
        Assert.Equal([new Unit("GB-1", "College A", UnitKind.GeneralBranch, null), new Unit("BR-1", "Branch A", UnitKind.Branch, "GB-1")], roster.Units);
        var p1 = roster.Person("P1")!;
        Assert.Equal([new RoleAssignment(Role.GeneralBranchSecretary, "GB-1")], p1.Roles);
        Assert.Equal([new ChannelAccount(Channels.TeamsUpn, "li@jzxy.example"), new ChannelAccount(Channels.WebChat, "web-1")], p1.Accounts);
        var p3 = roster.Person("P3")!;
        Assert.Equal([new RoleAssignment(Role.Reviewer, null), new RoleAssignment(Role.Administrator, null)], p3.Roles);
        Assert.Equal(2, p3.Accounts.Count);
    }

    [Fact]
    public void Reads_QuotedCellsAndUnitOnlyRows()
    {
        var csv = Header + "\r\n" +
            "GB-1,\"学院, 甲\"\"党总支\"\"\",党总支,,,,,,,,\r\n" +
            "BR-1,支部,党支部,GB-1,,,,,,,\r\n" +
            "\r\n" +
            "BR-1,,,,P1,某人,支部书记,,,,web-1\r\n";

        var result = reader.Read(Utf8(csv), "r.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("学院, 甲\"党总支\"", result.Roster!.Unit("GB-1")!.Name);
        Assert.Equal([new RoleAssignment(Role.BranchSecretary, "BR-1")], result.Roster.Person("P1")!.Roles);
    }

    [Fact]
    public void Reads_TheSameRoster_FromXlsx()
    {
        var csv = ReadSample().Roster!;
        var rows = ReadSampleLines()
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(cells => Header.Split(',').Select((h, i) => (h, i)).ToDictionary(x => x.h, x => (object)cells[x.i]))
            .ToList();
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(rows, excelType: ExcelType.XLSX);
        xlsx.Position = 0;

        var result = reader.Read(xlsx, "名单.XLSX");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Describe(csv), Describe(result.Roster!));
    }

    [Fact]
    public void Reads_NumbersInXlsxCells_AsTheirText()
    {
        var rows = new List<Dictionary<string, object>>
        {
            new() { ["单位编号"] = 101, ["单位名称"] = "学院", ["单位类型"] = "党总支", ["人员编号"] = 2018001, ["姓名"] = "某人", ["角色"] = "总支书记" },
        };
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(rows, excelType: ExcelType.XLSX);
        xlsx.Position = 0;

        var result = reader.Read(xlsx, "r.xlsx");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal([new RoleAssignment(Role.GeneralBranchSecretary, "101")], result.Roster!.Person("2018001")!.Roles);
    }

    [Fact]
    public void Reports_ProblemsInXlsx_WithTheRowNumbersExcelShows()
    {
        var rows = new List<Dictionary<string, object>>
        {
            new() { ["单位编号"] = "GB-1", ["单位名称"] = "学院", ["单位类型"] = "党总支", ["人员编号"] = "P1", ["姓名"] = "某人", ["角色"] = "总支书记" },
            new() { ["单位编号"] = "GB-1", ["单位名称"] = "学院", ["单位类型"] = "党总支", ["人员编号"] = "P2", ["姓名"] = "某人", ["角色"] = "主任" },
        };
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(rows, excelType: ExcelType.XLSX);
        xlsx.Position = 0;

        var result = InChinese(() => reader.Read(xlsx, "r.xlsx"));

        Assert.Equal(["第 3 行：角色“主任”无法识别，应为 支部书记、总支书记、评审 或 管理员。"], result.Problems);
    }

    public static TheoryData<string, string> ProblemCases => new()
    {
        {
            "GB-1,学院,党总支,,P1,甲,总支书记,,,,\nGB-1,学院,党总支,,P2,乙,主任,,,,",
            "第 3 行：角色“主任”无法识别，应为 支部书记、总支书记、评审 或 管理员。"
        },
        {
            "BR-1,支部,党支部,,P1,甲,支部书记,,,,",
            "第 2 行：党支部 BR-1 没有填写上级单位编号，应填所属党总支的单位编号。"
        },
        {
            "BR-1,支部一,党支部,GB-9,P1,甲,支部书记,,,,",
            "第 2 行：党支部 BR-1 的上级单位编号“GB-9”在名单中找不到，应为名单中某个党总支的单位编号。"
        },
        {
            "GB-1,学院,党总支,,,,,,,,\nBR-1,支部一,党支部,GB-1,,,,,,,\nBR-2,支部二,党支部,BR-1,P1,甲,支部书记,,,,",
            "第 4 行：党支部 BR-2 的上级单位 BR-1（支部一）是党支部，不是党总支；党支部的上级单位必须是党总支。"
        },
        {
            "GB-1,学院,党总支,,,,,,,,\nGB-1,,,,P1,甲,支部书记,,,,",
            "第 3 行：角色“支部书记”对应的单位应为党支部，但 GB-1（学院）是党总支。"
        },
        {
            "GB-1,学院,党总支,,,,,,,,\nBR-1,支部一,党支部,GB-1,P1,甲,总支书记,,,,",
            "第 3 行：角色“总支书记”对应的单位应为党总支，但 BR-1（支部一）是党支部。"
        },
        {
            ",,,,P1,甲,支部书记,,,,",
            "第 2 行：角色“支部书记”须填写所在党支部的单位编号。"
        },
        {
            ",,,,P1,甲,评审,,,,web-1\n,,,,P2,乙,管理员,,,,WEB-1",
            "第 3 行：网页账号“WEB-1”已在第 2 行分配给人员 P1（甲），同一个账号不能给两个人。"
        },
        {
            "GB-1,文学院党总支,党总支,,,,,,,,\n,,,,P1,甲,评审,,,,\nGB-1,文学院,党总支,,,,,,,,",
            "第 4 行：单位 GB-1 的名称“文学院”与第 2 行的“文学院党总支”不一致。"
        },
        {
            "GB-1,学院,党支部,,,,,,,,\nGB-1,学院,党总支,,,,,,,,",
            "第 2 行：党支部 GB-1 没有填写上级单位编号，应填所属党总支的单位编号。\n第 3 行：单位 GB-1 的类型“党总支”与第 2 行的“党支部”不一致。"
        },
        {
            ",,,,P1,甲,评审,,,,\n,,,,P1,乙,管理员,,,,",
            "第 3 行：人员 P1 的姓名“乙”与第 2 行的“甲”不一致。"
        },
        {
            "GB-1,学院,总支,,P1,甲,总支书记,,,,",
            "第 2 行：单位类型“总支”无法识别，应为 党总支 或 党支部。\n第 2 行：单位 GB-1 在整个名单中都没有填写单位类型，应为 党总支 或 党支部。"
        },
        {
            ",学院,党总支,,,,,,,,\n,,,,,甲,评审,,,,",
            "第 2 行：填写了单位名称、类型或上级单位，但单位编号为空。\n第 3 行：填写了姓名、角色或账号，但人员编号为空。"
        },
        {
            ",,,,P1,甲,评审,not-a-guid,zhangsan,,",
            "第 2 行：Teams对象ID“not-a-guid”不是有效的 GUID（形如 8c6f1e2a-0000-4000-8000-000000000000）。\n第 2 行：Teams账号“zhangsan”应为电子邮件格式（如 zhangsan@example.edu.cn）。"
        },
        {
            ",,,,P1,甲,,,,,web-1",
            "第 2 行：人员 P1（甲）在整个名单中都没有填写角色。"
        },
        {
            "",
            "名单只有表头，没有任何单位或人员。"
        },
    };

    [Theory]
    [MemberData(nameof(ProblemCases))]
    public void Reports_EachProblem_WithItsRowNumber(string body, string expected)
    {
        var result = InChinese(() => reader.Read(Utf8(Header + "\n" + body), "roster.csv"));

        Assert.Null(result.Roster);
        Assert.False(result.Succeeded);
        Assert.Equal(expected.Split('\n'), result.Problems);
    }

    [Fact]
    public void Reports_AllProblems_NotJustTheFirst()
    {
        var body = "GB-1,学院,党总支,,P1,甲,主任,,,,\nBR-1,支部,党支部,,P2,乙,支部书记,,,,\nBR-2,支部,党支部,GB-1,P3,丙,管理者,,,,";

        var result = InChinese(() => reader.Read(Utf8(Header + "\n" + body), "roster.csv"));

        Assert.Null(result.Roster);
        Assert.Equal(3, result.Problems.Count);
        Assert.StartsWith("第 2 行", result.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("第 3 行", result.Problems[1], StringComparison.Ordinal);
        Assert.StartsWith("第 4 行", result.Problems[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public void Reports_AnEmptyFile(string content)
    {
        var result = InChinese(() => reader.Read(Utf8(content), "roster.csv"));

        Assert.Null(result.Roster);
        Assert.StartsWith("名单文件是空的", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_AnEmptyXlsx()
    {
        var result = InChinese(() => reader.Read(new MemoryStream(), "roster.xlsx"));

        Assert.StartsWith("名单文件是空的", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_AFileWithoutHeader()
    {
        var result = InChinese(() => reader.Read(Utf8("GB-1,学院,党总支,,P1,甲,总支书记,,,,\n"), "roster.csv"));

        Assert.Null(result.Roster);
        Assert.StartsWith("第 1 行（表头）无法识别", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_MissingRequiredColumns()
    {
        var result = InChinese(() => reader.Read(Utf8("单位编号,单位名称,单位类型,姓名,网页账号\nGB-1,学院,党总支,甲,web-1\n"), "roster.csv"));

        Assert.Null(result.Roster);
        Assert.Equal(["第 1 行（表头）缺少必需的列：人员编号、角色。"], result.Problems);
    }

    [Fact]
    public void Reports_ADuplicatedColumn()
    {
        var result = InChinese(() => reader.Read(Utf8(Header + ",Name\n"), "roster.csv"));

        Assert.Equal(["第 1 行（表头）：“姓名”列出现了两次（第 6 列和第 12 列），请只保留一列。"], result.Problems);
    }

    [Theory]
    [InlineData("roster.xls")]
    [InlineData("roster.zip")]
    [InlineData("roster")]
    public void Reports_AnUnsupportedExtension(string fileName)
    {
        var result = InChinese(() => reader.Read(Utf8(Header), fileName));

        Assert.Null(result.Roster);
        Assert.Contains("只支持 .csv 和 .xlsx 格式的名单文件", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_ACsvThatIsNotUtf8()
    {
        var gbkBytes = new byte[] { 0xB5, 0xA5, 0xCE, 0xBB, 0xB1, 0xE0, 0xBA, 0xC5, 0x0A }; // "单位编号" in GBK

        var result = InChinese(() => reader.Read(new MemoryStream(gbkBytes), "roster.csv"));

        Assert.Null(result.Roster);
        Assert.Contains("UTF-8", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_AnXlsxThatIsNotAWorkbook()
    {
        var result = InChinese(() => reader.Read(Utf8(Header), "roster.xlsx"));

        Assert.Null(result.Roster);
        Assert.StartsWith("无法读取 .xlsx 文件“roster.xlsx”", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_AnUnclosedQuote()
    {
        var result = InChinese(() => reader.Read(Utf8(Header + "\nGB-1,\"学院,党总支,,P1,甲,总支书记,,,,\n"), "roster.csv"));

        Assert.Contains("第 2 行：有一个以英文双引号", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_MoreThanTheRowLimit()
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i <= RosterFileReader.MaxRows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $",,,,P{i},某人,评审,,,,\n");
        }

        var result = InChinese(() => reader.Read(Utf8(csv.ToString()), "roster.csv"));

        Assert.Null(result.Roster);
        Assert.Contains("5000", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_ExactlyTheRowLimit()
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < RosterFileReader.MaxRows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $",,,,P{i},某人,评审,,,,\n");
        }

        var result = reader.Read(Utf8(csv.ToString()), "roster.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(RosterFileReader.MaxRows, result.Roster!.People.Count);
    }

    [Fact]
    public void Reports_Problems_InEnglish_ForAnEnglishUser()
    {
        var body = "GB-1,学院,党总支,,P1,甲,主任,,,,\nBR-1,支部,党支部,,P2,乙,支部书记,,,,";

        var result = InCulture("en-US", () => reader.Read(Utf8(Header + "\n" + body), "roster.csv"));

        Assert.Equal(
            [
                "Row 2: role \"主任\" is not recognised; use BranchSecretary, GeneralBranchSecretary, Reviewer or Administrator (支部书记, 总支书记, 评审, 管理员).",
                "Row 3: branch BR-1 has no parent unit id; give the unit id of its general branch (党总支).",
            ],
            result.Problems);
        Assert.StartsWith("Only .csv and .xlsx", InCulture("en-US", () => reader.Read(Utf8(Header), "r.xls")).Problems[0], StringComparison.Ordinal);
        Assert.Equal(
            ["Row 1 (the header) lacks required columns: PersonId (人员编号), Role (角色)."],
            InCulture("en-US", () => reader.Read(Utf8("UnitId,UnitName,UnitType,Name\n"), "r.csv")).Problems);
    }

    [Fact]
    public void Writes_ACsv_ThatReadsBackToTheSameRoster()
    {
        var original = ReadSample().Roster!;
        using var output = new MemoryStream();

        RosterFileWriter.WriteCsv(original, output);

        var bytes = output.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith(Header + "\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);
        var again = reader.Read(new MemoryStream(bytes), "export.csv");
        Assert.True(again.Succeeded, string.Join("\n", again.Problems));
        Assert.Equal(Describe(original), Describe(again.Roster!));
    }

    [Fact]
    public void Writes_SeveralAccountsOnAChannel_AndAwkwardText_SoTheyReadBack()
    {
        var original = new RosterData(
            [new Unit("GB-1", "学院,\"甲\"", UnitKind.GeneralBranch, null), new Unit("BR-1", "支部\n一", UnitKind.Branch, "GB-1"), new Unit("BR-2", "空支部", UnitKind.Branch, "GB-1")],
            [
                new Person("P1", "甲", [new RoleAssignment(Role.GeneralBranchSecretary, "GB-1"), new RoleAssignment(Role.Reviewer, null)],
                    [new ChannelAccount(Channels.WebChat, "w1"), new ChannelAccount(Channels.WebChat, "w2"), new ChannelAccount(Channels.WebChat, "w3"), new ChannelAccount(Channels.WeCom, "jia")]),
                new Person("P2", "乙", [new RoleAssignment(Role.BranchSecretary, "BR-1")], []),
            ]);
        using var output = new MemoryStream();

        RosterFileWriter.WriteCsv(original, output);
        output.Position = 0;
        var again = reader.Read(output, "export.csv");

        Assert.True(again.Succeeded, string.Join("\n", again.Problems));
        Assert.Equal(Describe(original), Describe(again.Roster!));
    }

    [Fact]
    public void Registers_TheReader()
    {
        using var provider = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddRosterFiles().BuildServiceProvider();

        Assert.IsType<RosterFileReader>(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IRosterFileReader>(provider));
    }

    private static string SamplePath => Path.Combine(AzuriteFixture.FindRepositoryRoot(), "Bot", "roster.sample.csv");

    private RosterReadResult ReadSample()
    {
        using var file = File.OpenRead(SamplePath);
        return reader.Read(file, "roster.sample.csv");
    }

    private static string[] ReadSampleLines() => File.ReadAllLines(SamplePath, Encoding.UTF8);

    /// <summary>Every fact of a roster as sorted lines: the record lists compare by reference, and order is not a fact.</summary>
    private static string[] Describe(RosterData roster) =>
    [.. new[]
    {
        roster.Units.Select(u => $"unit {u.Id}|{u.Name}|{u.Kind}|{u.ParentId}"),
        roster.People.Select(p => $"person {p.Id}|{p.Name}"),
        roster.People.SelectMany(p => p.Roles.Select(r => $"role {p.Id}|{r.Role}|{r.UnitId}")),
        roster.People.SelectMany(p => p.Accounts.Select(a => $"account {p.Id}|{a.Channel}|{a.AccountId}")),
    }.SelectMany(lines => lines).Order(StringComparer.Ordinal)];

    private static MemoryStream Utf8(string text, bool bom = true) =>
        new([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);

    private static T InChinese<T>(Func<T> action) => InCulture("zh-CN", action);

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}
