using System.Globalization;
using System.Text;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Campaigns;

namespace DualCreationBot.Dialogs.Admin;

/// <summary>
/// 开启新周期: from the application start date every other date follows the notice's intervals;
/// the administrator confirms them or gives each materials due date explicitly.
/// </summary>
public sealed class OpenCycleDialog : WaterfallDialog<OpenCycleDialog.CycleState>
{
    private readonly ICampaignService campaigns;

    public OpenCycleDialog(ICampaignService campaigns)
        : base(nameof(OpenCycleDialog))
    {
        this.campaigns = campaigns;
        AddStep((step, ct) => step.PromptAsync(PromptIds.Date, new PromptOptions { Prompt = Strings.OpenCycleAskStart }, ct));
        AddStep(PreviewAsync);
        AddStep(AskApplicationDueAsync);
        AddStep(AskMidTermDueAsync);
        AddStep(AskFinalDueAsync);
        AddStep(OpenExplicitAsync);
    }

    private Task<DialogTurnResult> PreviewAsync(WaterfallStepContext<CycleState> step, CancellationToken cancellationToken)
    {
        var start = (DateOnly)step.Result!;
        step.State.Start = start;
        var preview = Strings.Format(nameof(Strings.OpenCyclePreview), Describe(CampaignSchedule.FromStart(start)));
        return step.PromptAsync(PromptIds.Confirm, new PromptOptions { Prompt = preview }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskApplicationDueAsync(WaterfallStepContext<CycleState> step, CancellationToken cancellationToken)
    {
        if ((bool)step.Result!)
        {
            return await OpenAsync(step, CampaignSchedule.FromStart(step.State.Start), cancellationToken);
        }

        return await AskDueAsync(step, StageKind.Application, cancellationToken);
    }

    private Task<DialogTurnResult> AskMidTermDueAsync(WaterfallStepContext<CycleState> step, CancellationToken cancellationToken)
    {
        step.State.ApplicationDue = (DateOnly)step.Result!;
        return AskDueAsync(step, StageKind.MidTerm, cancellationToken);
    }

    private Task<DialogTurnResult> AskFinalDueAsync(WaterfallStepContext<CycleState> step, CancellationToken cancellationToken)
    {
        step.State.MidTermDue = (DateOnly)step.Result!;
        return AskDueAsync(step, StageKind.Acceptance, cancellationToken);
    }

    private Task<DialogTurnResult> OpenExplicitAsync(WaterfallStepContext<CycleState> step, CancellationToken cancellationToken)
    {
        var dates = new CampaignSchedule.DueDates(step.State.ApplicationDue, step.State.MidTermDue, (DateOnly)step.Result!);
        return OpenAsync(step, CampaignSchedule.FromStart(step.State.Start, dates), cancellationToken);
    }

    private static Task<DialogTurnResult> AskDueAsync(WaterfallStepContext<CycleState> step, StageKind stage, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Date, new PromptOptions { Prompt = Strings.Format(nameof(Strings.OpenCycleAskDue), Strings.Get("Stage" + stage)) }, cancellationToken);

    private async Task<DialogTurnResult> OpenAsync(WaterfallStepContext<CycleState> step, Campaign campaign, CancellationToken cancellationToken)
    {
        await campaigns.OpenAsync(campaign, cancellationToken);
        await step.SendAsync(Strings.Format(nameof(Strings.OpenCycleDone), campaign.Id) + "\n" + Describe(campaign), cancellationToken);
        return await step.EndAsync(null, cancellationToken);
    }

    private static string Describe(Campaign campaign)
    {
        var text = new StringBuilder();
        foreach (var stage in campaign.Stages)
        {
            text.Append(Strings.Get("Stage" + stage.Kind)).Append('：')
                .Append(stage.Starts.ToString(Strings.DateFormat, CultureInfo.CurrentCulture)).Append(" — ")
                .Append(stage.Ends.ToString(Strings.DateFormat, CultureInfo.CurrentCulture));
            if (stage.Due is { } due)
            {
                text.Append(Strings.Format(nameof(Strings.StageDueLine), DueText.When(due), string.Empty).TrimEnd('，', ',', ' '));
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    public sealed class CycleState
    {
        public DateOnly Start { get; set; }

        public DateOnly? ApplicationDue { get; set; }

        public DateOnly? MidTermDue { get; set; }
    }
}
