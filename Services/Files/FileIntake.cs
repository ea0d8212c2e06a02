using System.Runtime.ExceptionServices;
using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Storage;

namespace DualCreationBot.Services.Files;

/// <summary>Where a file sent in the chat can be read from: a <c>data:</c> URL or an http(s) URL.</summary>
public sealed record IncomingFile(string Name, string? ContentType, Uri Source);

public enum IntakeProblem
{
    None,
    TypeNotAllowed,
    TooLarge,
    Empty,
    Unreachable,

    /// <summary>The content is not what the extension says (an executable renamed to .pdf).</summary>
    ContentMismatch,
}

public sealed record IntakeResult(IntakeProblem Problem, string Name, string Path, long Size, string ContentType, string Sha256)
{
    public bool Succeeded => Problem == IntakeProblem.None;
}

/// <summary>Downloads a file sent in the chat, streaming it into the file store with its SHA-256.</summary>
public interface IFileIntake
{
    /// <summary>Stores <paramref name="file"/> under <paramref name="folder"/> with a generated name; the original name is kept as metadata.</summary>
    Task<IntakeResult> StoreAsync(IncomingFile file, string folder, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default);

    /// <summary>Reads a small file (a roster) into memory; null when it cannot be fetched or exceeds <paramref name="maxBytes"/>.</summary>
    Task<Stream?> ReadSmallAsync(Uri source, long maxBytes, CancellationToken cancellationToken = default);
}

/// <summary>
/// Application supporting materials: the same screening as deliverables (allow-list, magic bytes,
/// per-kind limits), capped at <see cref="MaxBytes"/> because the application form promises 50 MB.
/// </summary>
internal sealed class FileIntake(FileScreening screening, FileDownloader downloader, Microsoft.Extensions.Options.IOptions<DeliverableUploadOptions> limits) : IFileIntake
{
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    public async Task<IntakeResult> StoreAsync(IncomingFile file, string folder, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(metadata);
        var name = FileNames.Safe(file.Name);
        if (FileTypes.FromName(name) is not { } type)
        {
            return Fail(IntakeProblem.TypeNotAllowed, name);
        }

        var path = StorageKeys.ValidatePath(folder.TrimEnd('/') + "/" + Guid.NewGuid().ToString("N") + type.Extension);
        var stored = new Dictionary<string, string>(metadata, StringComparer.Ordinal) { ["originalName"] = name };
        var limit = Math.Min(MaxBytes, limits.Value.LimitFor(type.Kind));
        var outcome = await screening.StoreAsync(file.Source, type, limit, path, stored, cancellationToken).ConfigureAwait(false);
        return outcome.Problem switch
        {
            UploadProblem.None => new IntakeResult(IntakeProblem.None, name, path, outcome.Length, type.ContentType, outcome.Sha256),
            UploadProblem.TooLarge => Fail(IntakeProblem.TooLarge, name),
            UploadProblem.Empty => Fail(IntakeProblem.Empty, name),
            UploadProblem.ContentMismatch => Fail(IntakeProblem.ContentMismatch, name),
            UploadProblem.StorageUnavailable => throw StorageFailure(outcome.StorageFailure),
            _ => Fail(IntakeProblem.Unreachable, name),
        };
    }

    public async Task<Stream?> ReadSmallAsync(Uri source, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var opened = await downloader.OpenAsync(source, cancellationToken).ConfigureAwait(false);
        if (opened is null)
        {
            return null;
        }

        await using (opened.ConfigureAwait(false))
        {
            if (opened.Length > maxBytes)
            {
                return null;
            }

            var copy = new MemoryStream();
            try
            {
                using var limited = new LimitedHashingStream(opened.Content, maxBytes);
                await limited.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
                copy.Position = 0;
                return copy;
            }
            catch (Exception e) when (e is FileTooLargeException || FileDownloader.IsUnreachable(e, cancellationToken))
            {
                await copy.DisposeAsync().ConfigureAwait(false);
                return null;
            }
        }
    }

    /// <summary>The intake's callers expect storage outages as exceptions (the turn error handler answers them).</summary>
    private static Exception StorageFailure(Exception? failure)
    {
        if (failure is StorageUnavailableException)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return new StorageUnavailableException("The file could not be stored.", failure);
    }

    private static IntakeResult Fail(IntakeProblem problem, string name) => new(problem, name, string.Empty, 0, string.Empty, string.Empty);
}
