using System.Globalization;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Campaigns;

namespace DualCreationBot.Dialogs.Programme;

/// <summary>申报条件: the conditions of notice §二 for a benchmark college or a model branch, with quotas and funding.</summary>
public sealed class ConditionsDialog : WaterfallDialog<ConditionsDialog.ConditionsState>
{
    private const string College = "BenchmarkCollege";
    private const string Branch = "ModelBranch";
    private readonly ICampaignService campaigns;

    public ConditionsDialog(ICampaignService campaigns)
        : base(nameof(ConditionsDialog))
    {
        this.campaigns = campaigns;
        AddStep(AskTypeAsync);
        AddStep(ShowConditionsAsync);
    }

    private Task<DialogTurnResult> AskTypeAsync(WaterfallStepContext<ConditionsState> step, CancellationToken cancellationToken) =>
        step.PromptAsync(
            PromptIds.Choice,
            new PromptOptions
            {
                Prompt = Strings.ConditionsAsk,
                Choices =
                [
                    new(College, Strings.TypeBenchmarkCollege, Strings.Words(nameof(Strings.TypeBenchmarkCollegeSynonyms))),
                    new(Branch, Strings.TypeModelBranch, Strings.Words(nameof(Strings.TypeModelBranchSynonyms))),
                ],
            },
            cancellationToken);

    private async Task<DialogTurnResult> ShowConditionsAsync(WaterfallStepContext<ConditionsState> step, CancellationToken cancellationToken)
    {
        var type = ((Choice)step.Result!).Value;
        var campaign = await campaigns.CurrentAsync(cancellationToken).ConfigureAwait(false);
        step.State.ProjectType = type;
        var funding = type == College ? campaign.BenchmarkCollegeFundingPerYear : campaign.ModelBranchFundingPerYear;
        await step.SendAsync(Strings.Format("Conditions" + type, funding.ToString("N0", CultureInfo.CurrentCulture)), cancellationToken).ConfigureAwait(false);
        await step.SendAsync(Strings.Format(nameof(Strings.ConditionsQuota), campaign.BenchmarkCollegeQuota, campaign.ModelBranchQuota), cancellationToken).ConfigureAwait(false);
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }

    public sealed class ConditionsState
    {
        public string? ProjectType { get; set; }
    }
}
