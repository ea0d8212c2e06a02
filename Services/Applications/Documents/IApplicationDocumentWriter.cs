using DualCreationBot.Services.Applications.Forms;

namespace DualCreationBot.Services.Applications.Documents;

/// <summary>Writes a project's 申报书 (notice 附件3) as a Word document, laid out from the form definition.</summary>
public interface IApplicationDocumentWriter
{
    /// <summary>
    /// Writes the .docx for <paramref name="project"/> to <paramref name="output"/> (from its current position);
    /// a draft works too, with unanswered fields marked. <paramref name="form"/> must be the form of the project's type.
    /// </summary>
    void Write(Project project, ApplicationForm form, Stream output);
}
