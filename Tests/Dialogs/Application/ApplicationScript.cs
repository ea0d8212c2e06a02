using DualCreationBot.Tests.Dialogs.Engine;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Tests.Dialogs.Application;

/// <summary>Complete, valid answers to every question of each application form, in the order the bot asks them.</summary>
internal static class ApplicationScript
{
    public const string SupportingFile = "支部工作总结.pdf";

    public static readonly string[] Basic = ["王晓燕", "0354-3985533", "35"];

    public static readonly string[] BranchEligibility =
    [
        "是", "支部战斗堡垒作用突出，教学科研成绩优异",
        "是", "2017年获校级先进基层党组织", "2016、2017年连续获得“好”等次", "张老师，2018年校级优秀共产党员", "书记为学科带头人，双带头人培育成效明显",
        "是",
        "是", "对照支部指南逐项落实",
    ];

    public static readonly string[] CollegeEligibility =
    [
        "是", "模范执行党政联席会议制度，学院获评教学成果奖",
        "是", "2017年获校级先进党组织", "无", "近三年在中青年教师中发展党员5名",
        "是",
        "是", "对照总支指南逐项落实",
    ];

    public static readonly string[] Rest =
    [
        "支部组织生活规范，党员作用发挥好", "“三会一课”清单化管理", "师生联学共建",
        "建成样板支部", "规范组织生活", "形成可推广经验",
        "严格三会一课", "每月检查一次台账", "2018年10月至2019年9月", "王晓燕", "否",
        "2", "形成“清单化”支部工作法", "否",
        "1", "学习资料", "3000元", "购买理论学习资料", "否",
    ];

    public static Activity File(string name = SupportingFile) => new()
    {
        Type = ActivityTypes.Message,
        Text = string.Empty,
        Attachments = [new Attachment("application/pdf", "data:application/pdf;base64," + Convert.ToBase64String("%PDF-1.4 支部工作总结"u8.ToArray()), name: name)],
    };

    /// <summary>Answers everything up to the review, starting from the menu; returns the replies to the last answer (the review).</summary>
    public static async Task<IReadOnlyList<IMessageActivity>> FillAsync(BotHarness bot, bool college)
    {
        await bot.SendAsync("填写申报书");
        foreach (var answer in Basic.Concat(college ? CollegeEligibility : BranchEligibility).Concat(Rest))
        {
            var replies = await bot.SendAsync(answer);
            Assert.DoesNotContain(replies, r => r.Text?.Contains("不能为空", StringComparison.Ordinal) == true);
        }

        await bot.SendAsync(File());
        return await bot.SendAsync("否");
    }

    /// <summary>Fills in and submits; returns the submission reply.</summary>
    public static async Task<IMessageActivity> SubmitAsync(BotHarness bot, bool college)
    {
        await FillAsync(bot, college);
        return (await bot.SendAsync("提交申报"))[0];
    }

    public static string AllText(IEnumerable<IMessageActivity> replies) => string.Join("\n", PromptTests.Texts(replies));
}
