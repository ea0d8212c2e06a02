using DualCreationBot.Services.Storage;
using DualCreationBot.Services.Storage.Local;
using DualCreationBot.Services.Storage.Sqlite;
using DualCreationBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DualCreationBot.Tests.Services.Deliverables.Upload;

/// <summary>The upload contract on the embedded default: SQLite documents and a local file folder.</summary>
public sealed class LocalUploadPipelineTests(LoopbackFileServer server, LocalUploadPipelineTests.Backend backend)
    : UploadPipelineContract(server), IClassFixture<LoopbackFileServer>, IClassFixture<LocalUploadPipelineTests.Backend>
{
    protected override IFileStore Files => backend.Files;

    protected override IDocumentStore BackendDocuments => backend.Documents;

    protected override Task<IReadOnlyList<string>> StoredPathsAsync(string prefix)
    {
        var root = Path.Combine(backend.Folder, "files");
        IReadOnlyList<string> paths = Directory.Exists(root)
            ? [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && !p.EndsWith(".meta.json", StringComparison.Ordinal))]
            : [];
        return Task.FromResult(paths);
    }

    /// <summary>One data folder (database and files) for the class's tests.</summary>
    public sealed class Backend : IDisposable
    {
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dcb-upload-");
        private readonly SqliteDatabase sqlite;

        public Backend()
        {
            var options = Options.Create(new StorageOptions { DataFolder = folder.FullName });
            sqlite = new SqliteDatabase(options);
            Documents = new SqliteDocumentStore(sqlite, TimeProvider.System);
            Files = new LocalFileStore(options);
        }

        public string Folder => folder.FullName;

        internal IDocumentStore Documents { get; }

        internal IFileStore Files { get; }

        public void Dispose()
        {
            sqlite.Dispose();
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
