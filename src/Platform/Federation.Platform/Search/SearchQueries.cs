using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Federation.Platform.Search;

/// <summary>
/// Turns what a user typed into one ranked Lucene query: every SmartCn word found ranks a record
/// highest, in its title above its text; otherwise most of the query's bigrams must be there (one
/// wrong character keeps a match); Latin words of four letters or more also match with one or two
/// letters wrong. Null when the text has no term at all (only punctuation).
/// </summary>
internal static class SearchQueries
{
    public static Query? For(string text)
    {
        var words = SearchAnalysis.WordsOf(text);
        var grams = SearchAnalysis.GramsOf(text);
        if (words.Count == 0 && grams.Count == 0) return null;

        var query = new BooleanQuery();
        if (words.Count > 0)
        {
            var allWords = new BooleanQuery();
            foreach (var word in words)
                allWords.Add(Either(SearchAnalysis.TitleWords, SearchAnalysis.TextWords, word, 3f), Occur.MUST);
            allWords.Boost = 2f;
            query.Add(allWords, Occur.SHOULD);
        }
        if (grams.Count > 0)
        {
            var mostGrams = new BooleanQuery();
            foreach (var gram in grams)
                mostGrams.Add(Gram(gram), Occur.SHOULD);
            mostGrams.MinimumNumberShouldMatch = grams.Count <= 2 ? grams.Count : (grams.Count + 1) / 2;
            query.Add(mostGrams, Occur.SHOULD);
        }
        return query;
    }

    // A Latin word may also match with letters wrong; it still counts as one of the grams that must match.
    private static Query Gram(string gram)
    {
        var exact = Either(SearchAnalysis.TitleGrams, SearchAnalysis.TextGrams, gram, 2f);
        if (gram.Length < 4 || !gram.All(char.IsAsciiLetterOrDigit)) return exact;
        var edits = gram.Length >= 8 ? 2 : 1;
        return new DisjunctionMaxQuery(0.1f)
        {
            exact,
            new FuzzyQuery(new Term(SearchAnalysis.TitleGrams, gram), edits) { Boost = 1.5f },
            new FuzzyQuery(new Term(SearchAnalysis.TextGrams, gram), edits),
        };
    }

    private static DisjunctionMaxQuery Either(string titleField, string textField, string term, float titleBoost) => new(0.1f)
    {
        new TermQuery(new Term(titleField, term)) { Boost = titleBoost },
        new TermQuery(new Term(textField, term)),
    };
}
