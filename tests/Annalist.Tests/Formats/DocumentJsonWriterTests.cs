using System.Text;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Formats;
using Annalist.Text;

namespace Annalist.Tests.Formats;

public class DocumentJsonWriterTests
{
    private sealed record UnknownLayer : IDocumentLayer;

    private static JsonDocument Dump(Document doc)
    {
        using var stream = new MemoryStream();
        DocumentJsonWriter.Default.WriteLine(stream, doc);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.EndsWith("\n", text);
        Assert.DoesNotContain('\n', text.TrimEnd('\n'));
        return JsonDocument.Parse(text);
    }

    [Fact]
    public void Each_layer_is_rendered_under_its_name()
    {
        var doc = new TextStage().Process(new Document(new Article("a1", "The army withdrew. Talks resumed on Monday.", new DateOnly(2026, 3, 12))));
        using var json = Dump(doc);
        var layers = json.RootElement.GetProperty("layers");
        Assert.Equal(["tokens", "sentences"], layers.EnumerateObject().Select(p => p.Name));
        Assert.Equal("army", layers.GetProperty("tokens")[1].GetProperty("text").GetString());
        Assert.Equal(2, layers.GetProperty("sentences").GetArrayLength());
        Assert.Equal("Talks resumed on Monday.", layers.GetProperty("sentences")[1].GetProperty("text").GetString());
        Assert.Equal("2026-03-12", json.RootElement.GetProperty("article").GetProperty("date").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("unrendered").GetArrayLength());
    }

    [Fact]
    public void Events_render_in_the_native_schema_and_unknown_layers_are_listed()
    {
        var doc = SampleEvents.Document().With(new UnknownLayer());
        using var json = Dump(doc);
        var events = json.RootElement.GetProperty("layers").GetProperty("events");
        Assert.Equal(2, events.GetArrayLength());
        Assert.Equal("NORGOV", events[0].GetProperty("actor").GetProperty("code").GetString());
        Assert.Equal(["UnknownLayer"], json.RootElement.GetProperty("unrendered").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Every_renderer_has_a_distinct_name_and_layer() 
    {
        var all = LayerJsonRenderers.All;
        Assert.Equal(all.Length, all.Select(r => r.Name).Distinct().Count());
        Assert.Equal(all.Length, all.Select(r => r.LayerType).Distinct().Count());
    }
}
