using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Documents;
using DualCreationBot.Services.Applications.Forms;
using DualCreationBot.Services.Files;
using DualCreationBot.Services.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Dialogs.Application;

/// <summary>What the bot says about applications: submission outcomes, status lines, and the 申报书 itself.</summary>
public sealed class ApplicationReplies(IApplicationDocumentWriter writer, IFileStore files, IFileLinks links)
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly HashSet<string> AttachmentChannels = new(StringComparer.OrdinalIgnoreCase) { "emulator", "webchat", "directline", "test" };

    public Task<IMessageActivity> OutcomeAsync(ITurnContext turnContext, SubmitOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var project = outcome.Project;
        return outcome.Result switch
        {
            SubmitResult.Submitted => WithDocumentAsync(turnContext, Strings.Format(nameof(Strings.SubmitSucceeded), When(project.SubmittedAt!.Value), When(outcome.Due)), project, cancellationToken),
            SubmitResult.AlreadySubmitted => WithDocumentAsync(turnContext, Strings.Format(nameof(Strings.SubmitAlready), When(project.SubmittedAt!.Value)), project, cancellationToken),
            SubmitResult.Incomplete => Text(Strings.Format(nameof(Strings.SubmitIncomplete), string.Join("\n", outcome.Missing.Select(m => "· " + m)))),
            SubmitResult.Closed => Text(Strings.Format(nameof(Strings.SubmitClosed), When(outcome.Due))),
            _ => Text(Strings.Format(nameof(Strings.SubmitWaiting), string.Join("\n", outcome.Branches.Select(StatusLine)))),
        };
    }

    /// <summary>
    /// <paramref name="text"/> with the 申报书: a Word attachment (a data URL) where the channel shows
    /// one (Emulator, Web Chat); elsewhere (Teams, WeCom) the document is stored and a signed download
    /// link is added to the text, since those channels do not take a file attachment from a bot this way.
    /// </summary>
    public async Task<IMessageActivity> WithDocumentAsync(ITurnContext turnContext, string text, Project project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(project);
        var name = project.UnitName + "-" + FormTexts.ProjectType(project.Type) + "申报书.docx";
        using var buffer = new MemoryStream();
        writer.Write(project, ApplicationForms.For(project.Type), buffer);
        if (AttachmentChannels.Contains(turnContext.Activity.ChannelId ?? string.Empty))
        {
            var message = MessageFactory.Text(text);
            message.Attachments =
            [
                new Attachment
                {
                    ContentType = WordContentType,
                    Name = name,
                    ContentUrl = "data:" + WordContentType + ";base64," + Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length),
                },
            ];
            return message;
        }

        var path = $"documents/{project.CampaignId}/{project.UnitId}/{Guid.NewGuid():N}.docx";
        buffer.Position = 0;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["contentType"] = WordContentType, ["originalName"] = name };
        await files.SaveAsync(path, buffer, metadata, cancellationToken).ConfigureAwait(false);
        return MessageFactory.Text(text + "\n" + Strings.Format(nameof(Strings.DownloadLink), links.Create(path, name)));
    }

    private static Task<IMessageActivity> Text(string text) => Task.FromResult<IMessageActivity>(MessageFactory.Text(text));

    public static string StatusLine(ProjectOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return Strings.Format(nameof(Strings.StatusLine), overview.UnitName, Status(overview));
    }

    public static string Status(ProjectOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return overview.Status switch
        {
            null => Strings.StatusNotStarted,
            ProjectStatus.Submitted => Strings.Format(nameof(Strings.StatusSubmitted), When(overview.SubmittedAt!.Value)),
            _ when overview.Missing.Count == 0 => Strings.StatusReady,
            _ => Strings.Format(nameof(Strings.StatusDraft), overview.Missing.Count),
        };
    }

    private static string When(DateTimeOffset instant) => DueText.When(instant);
}
