namespace Annalist.Tests.Support;

/// <summary>
/// Golden-file assertions. Expected files live in tests/Annalist.Tests/Golden/. On a mismatch the actual output is
/// written beside the expected file as <c>NAME.received.EXT</c> for review; copy it over only on purpose.
/// Set ANNALIST_UPDATE_GOLDEN=1 to (re)write expected files.
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual)
    {
        var dir = Path.Combine(SharedData.RepoRoot, "tests", "Annalist.Tests", "Golden");
        var expectedPath = Path.Combine(dir, name);
        var received = Path.Combine(dir, Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("ANNALIST_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(expectedPath, actual);
            return;
        }
        if (!File.Exists(expectedPath))
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(received, actual);
            Assert.Fail($"No golden file {expectedPath}; wrote {received}. Review it and rename it to accept.");
        }
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail($"Output differs from {expectedPath}; actual written to {received}.");
    }
}
