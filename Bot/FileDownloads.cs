using DualCreationBot.Services.Files;
using DualCreationBot.Services.Storage;

namespace DualCreationBot.Bot;

/// <summary>GET /files/{token}/{name}: streams a stored file named by a signed, unexpired link.</summary>
internal static class FileDownloads
{
    public static async Task<IResult> GetAsync(string token, string name, IFileLinks links, IFileStore files, CancellationToken cancellationToken)
    {
        if (links.Resolve(token) is not { } path)
        {
            return Results.NotFound();
        }

        var info = await files.GetInfoAsync(path, cancellationToken);
        var content = await files.OpenReadAsync(path, cancellationToken);
        if (info is null || content is null)
        {
            return Results.NotFound();
        }

        var type = info.Metadata.GetValueOrDefault("contentType") ?? "application/octet-stream";
        return Results.Stream(content, type, fileDownloadName: name, enableRangeProcessing: false);
    }
}
