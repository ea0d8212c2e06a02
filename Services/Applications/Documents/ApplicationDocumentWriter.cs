using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DualCreationBot.Services.Applications.Forms;

namespace DualCreationBot.Services.Applications.Documents;

internal sealed class ApplicationDocumentWriter : IApplicationDocumentWriter
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public void Write(Project project, ApplicationForm form, Stream output)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(output);
        if (form.Type != project.Type)
        {
            throw new ArgumentException($"The form is for {form.Type} but the project is a {project.Type}.", nameof(form));
        }

        // The 申报书 is an official Chinese form: its labels are read in zh-CN whatever language this turn speaks.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            // The package is built in memory because System.IO.Packaging needs a seekable, readable stream
            // and the caller's may be neither (an HTTP response, an upload).
            using var buffer = new MemoryStream();
            Build(project, form, buffer);
            buffer.WriteTo(output);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static void Build(Project project, ApplicationForm form, Stream buffer)
    {
        using var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = DocumentTexts.Title;
        document.PackageProperties.Subject = FormTexts.ProjectType(project.Type);
        document.PackageProperties.Creator = project.UnitName;

        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocumentStyles.Styles();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = DocumentStyles.Footer();

        var body = new Body();
        body.Append(ApplicationContent.Body(project, form));

        // The section properties close the body: Word reads the page set-up from its last child.
        body.Append(DocumentStyles.Page(main.GetIdOfPart(footer)));
        main.Document = new Document(body);
    }
}
