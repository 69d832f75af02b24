namespace Annalist.Storage.Export;

/// <summary>The formats <c>annalist export</c> writes (docs/formats/store.md).</summary>
public enum ExportFormat { JsonLines, Plover, Csv, Phoenix, Gdelt, Parquet }
