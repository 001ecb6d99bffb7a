using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Federation.Platform.Search;

/// <summary>
/// How text is cut into terms. Every text is indexed twice: as SmartCn's words (a whole word typed
/// ranks first) and as CJK character bigrams plus single characters (a query with a wrong or
/// missing character still shares most of its bigrams; Latin words stay whole for fuzzy matching).
/// </summary>
internal static class SearchAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string TitleWords = "title_w";
    public const string TextWords = "text_w";
    public const string TitleGrams = "title_g";
    public const string TextGrams = "text_g";

    private static readonly Analyzer Words = new SmartChineseAnalyzer(Version);
    private static readonly Analyzer IndexGrams = Grams(outputUnigrams: true);
    private static readonly Analyzer QueryGrams = Grams(outputUnigrams: false);

    /// <summary>The analyzer the index writer uses for each field.</summary>
    public static Analyzer ForIndex { get; } = new PerFieldAnalyzerWrapper(Words, new Dictionary<string, Analyzer>
    {
        [TitleGrams] = IndexGrams,
        [TextGrams] = IndexGrams,
    });

    public static IReadOnlyList<string> WordsOf(string text) => Terms(Words, TitleWords, text);

    // Bigrams only (a lone character stays a unigram): a query's unigrams would match nearly everything.
    public static IReadOnlyList<string> GramsOf(string text) => Terms(QueryGrams, TitleGrams, text);

    private static Analyzer Grams(bool outputUnigrams) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream terms = new CJKWidthFilter(source);
        terms = new LowerCaseFilter(Version, terms);
        terms = new CJKBigramFilter(terms, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, outputUnigrams);
        return new TokenStreamComponents(source, terms);
    });

    private static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms.Distinct().ToList();
    }
}
