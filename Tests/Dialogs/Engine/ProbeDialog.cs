using System.Globalization;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Tests.Dialogs.Engine;

/// <summary>A test-only flow that asks each kind of prompt in turn and echoes every answer as "kind=value".</summary>
public sealed class ProbeDialog : WaterfallDialog<ProbeDialog.ProbeState>
{
    public const string AskText = "请输入单位名称";
    public const string AskNumber = "党员人数是多少？";
    public const string AskChoice = "请选择项目类型";
    public const string AskConfirm = "确认提交吗？";
    public const string AskDate = "截止日期是哪天？";
    public const string AskFile = "请上传材料";

    public ProbeDialog(int extraSteps = 0)
        : base(nameof(ProbeDialog))
    {
        AddStep((s, ct) => s.PromptAsync(PromptIds.Text, new PromptOptions { Prompt = AskText, MaxLength = 50 }, ct));
        AddStep(async (s, ct) =>
        {
            s.State.Unit = (string)s.Result!;
            await s.SendAsync("text=" + s.State.Unit, ct);
            return await s.PromptAsync(PromptIds.Number, new PromptOptions { Prompt = AskNumber, Min = 1, Max = 5000 }, ct);
        });
        AddStep(async (s, ct) =>
        {
            await s.SendAsync("number=" + ((decimal)s.Result!).ToString("0.##", CultureInfo.InvariantCulture), ct);
            return await s.PromptAsync(
                PromptIds.Choice,
                new PromptOptions
                {
                    Prompt = AskChoice,
                    Choices = [new("college", "标杆学院", ["学院", "总支"]), new("branch", "样板支部", ["支部"])],
                },
                ct);
        });
        AddStep(async (s, ct) =>
        {
            await s.SendAsync("choice=" + ((Choice)s.Result!).Value, ct);
            return await s.PromptAsync(PromptIds.Confirm, new PromptOptions { Prompt = AskConfirm }, ct);
        });
        AddStep(async (s, ct) =>
        {
            await s.SendAsync("confirm=" + ((bool)s.Result!).ToString(CultureInfo.InvariantCulture), ct);
            return await s.PromptAsync(PromptIds.Date, new PromptOptions { Prompt = AskDate }, ct);
        });
        AddStep(async (s, ct) =>
        {
            await s.SendAsync("date=" + ((DateOnly)s.Result!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ct);
            return await s.PromptAsync(PromptIds.Attachment, new PromptOptions { Prompt = AskFile }, ct);
        });
        AddStep(async (s, ct) =>
        {
            var files = (IReadOnlyList<Attachment>)s.Result!;
            await s.SendAsync("files=" + string.Join(",", files.Select(f => f.Name)) + ";unit=" + s.State.Unit, ct);
            return await s.EndAsync(null, ct);
        });
        for (var i = 0; i < extraSteps; i++)
        {
            AddStep((s, ct) => s.NextAsync(s.Result, ct));
        }
    }

    public sealed class ProbeState
    {
        public string? Unit { get; set; }
    }
}
