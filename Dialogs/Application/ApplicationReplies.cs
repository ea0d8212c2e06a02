using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Documents;
using DualCreationBot.Services.Applications.Forms;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Dialogs.Application;

/// <summary>What the bot says about applications: submission outcomes, status lines, and the 申报书 as an attachment.</summary>
public sealed class ApplicationReplies(IApplicationDocumentWriter writer)
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The 申报书 of <paramref name="project"/> as a Word attachment (a data URL, as the Emulator, Web Chat and Teams accept).</summary>
    public Attachment Document(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        using var buffer = new MemoryStream();
        writer.Write(project, ApplicationForms.For(project.Type), buffer);
        return new Attachment
        {
            ContentType = WordContentType,
            Name = project.UnitName + "-" + FormTexts.ProjectType(project.Type) + "申报书.docx",
            ContentUrl = "data:" + WordContentType + ";base64," + Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length),
        };
    }

    public IMessageActivity Outcome(SubmitOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var project = outcome.Project;
        return outcome.Result switch
        {
            SubmitResult.Submitted => WithDocument(Strings.Format(nameof(Strings.SubmitSucceeded), When(project.SubmittedAt!.Value), When(outcome.Due)), project),
            SubmitResult.AlreadySubmitted => WithDocument(Strings.Format(nameof(Strings.SubmitAlready), When(project.SubmittedAt!.Value)), project),
            SubmitResult.Incomplete => MessageFactory.Text(Strings.Format(nameof(Strings.SubmitIncomplete), string.Join("\n", outcome.Missing.Select(m => "· " + m)))),
            SubmitResult.Closed => MessageFactory.Text(Strings.Format(nameof(Strings.SubmitClosed), When(outcome.Due))),
            _ => MessageFactory.Text(Strings.Format(nameof(Strings.SubmitWaiting), string.Join("\n", outcome.Branches.Select(StatusLine)))),
        };
    }

    public IMessageActivity WithDocument(string text, Project project)
    {
        var message = MessageFactory.Text(text);
        message.Attachments = [Document(project)];
        return message;
    }

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
