using System.Globalization;
using System.Text;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Campaigns;

namespace DualCreationBot.Dialogs.Programme;

/// <summary>日程安排: the four stages with their periods, due instants (Beijing) and days left; then one stage in detail.</summary>
public sealed class ScheduleDialog : WaterfallDialog<ScheduleDialog.ScheduleState>
{
    private const string Back = "back";
    private readonly ICampaignService campaigns;
    private readonly TimeProvider time;

    public ScheduleDialog(ICampaignService campaigns, TimeProvider time)
        : base(nameof(ScheduleDialog))
    {
        this.campaigns = campaigns;
        this.time = time;
        AddStep(ShowStagesAsync);
        AddStep(ShowStageAsync);
    }

    private async Task<DialogTurnResult> ShowStagesAsync(WaterfallStepContext<ScheduleState> step, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.CurrentAsync(cancellationToken).ConfigureAwait(false);
        await step.SendAsync(Overview(campaign), cancellationToken).ConfigureAwait(false);
        List<Choice> choices =
        [
            .. campaign.Stages.Select(s => new Choice(s.Kind.ToString(), StageName(s.Kind))),
            new(Back, Strings.BackToMenu, Strings.Words(nameof(Strings.CommandsMenu))),
        ];
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = Strings.ScheduleAskDetail, Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ShowStageAsync(WaterfallStepContext<ScheduleState> step, CancellationToken cancellationToken)
    {
        var chosen = (Choice)step.Result!;
        if (chosen.Value != Back)
        {
            step.State.LastStage = chosen.Value;
            await step.SendAsync(Strings.Get("StageDetail" + chosen.Value), cancellationToken).ConfigureAwait(false);
        }

        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private string Overview(Campaign campaign)
    {
        var current = campaign.CurrentStage(time);
        var text = new StringBuilder(Strings.Format(nameof(Strings.ScheduleIntro), campaign.FirstYear, campaign.FirstYear + 2));
        var number = 0;
        foreach (var stage in campaign.Stages)
        {
            var mark = ReferenceEquals(stage, current) ? Strings.StageCurrentMark : string.Empty;
            text.Append('\n').Append(Strings.Format(nameof(Strings.StageLine), ++number, StageName(stage.Kind), Date(stage.Starts), Date(stage.Ends), mark));
            if (stage.Due is { } due)
            {
                text.Append('\n').Append(Strings.Format(nameof(Strings.StageDueLine), DueText.When(due), DueText.DaysLeft(due, time)));
            }
        }

        return text.ToString();
    }

    private static string StageName(StageKind kind) => Strings.Get("Stage" + kind);

    private static string Date(DateOnly date) => date.ToString(Strings.DateFormat, CultureInfo.CurrentCulture);

    public sealed class ScheduleState
    {
        public string? LastStage { get; set; }
    }
}
