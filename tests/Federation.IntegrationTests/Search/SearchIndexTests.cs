using Federation.Platform.Search;

namespace Federation.IntegrationTests.Search;

/// <summary>
/// The index's own filter, for what the roles cannot show through the host (every role holds every
/// read): a hit needs its own module's read permission, and its organisation in the user's subtree.
/// </summary>
public sealed class SearchIndexTests
{
    private static readonly Guid BranchA = Guid.NewGuid(), BranchB = Guid.NewGuid();

    [Fact]
    public void A_hit_is_found_only_with_its_own_read_permission_and_organisation()
    {
        using var index = new SearchIndex();
        index.Apply(Entry("Investment", "p1", "三乡温泉度假区项目", "investment.read", BranchA));
        index.Apply(Entry("Talent", "t1", "三乡温泉康养研究员", "talent.read", BranchA));
        index.Apply(Entry("Investment", "p2", "三乡温泉酒店项目", "investment.read", BranchB));
        index.Publish();
        var query = SearchQueries.For("三乡温泉")!;

        Titles(index.Search(query, new SearchScope(p => p == "investment.read", [BranchA], null), 500, 10))
            .Should().BeEquivalentTo(["三乡温泉度假区项目"]);
        Titles(index.Search(query, new SearchScope(p => p == "talent.read", [BranchA, BranchB], null), 500, 10))
            .Should().BeEquivalentTo(["三乡温泉康养研究员"]);
        Titles(index.Search(query, new SearchScope(_ => true, null, "Investment"), 500, 10))
            .Should().BeEquivalentTo(["三乡温泉度假区项目", "三乡温泉酒店项目"]);
        Titles(index.Search(query, new SearchScope(_ => false, null, null), 500, 10)).Should().BeEmpty();
        Titles(index.Search(query, new SearchScope(_ => true, [], null), 500, 10)).Should().BeEmpty();
    }

    [Fact]
    public void A_removal_or_an_older_version_changes_the_index_as_the_table_says()
    {
        using var index = new SearchIndex();
        var entry = Entry("Investment", "p1", "南朗海洋牧场项目", "investment.read", BranchA);
        index.Apply(entry).Should().BeTrue();
        index.Apply(entry).Should().BeFalse("the same version is indexed already");
        entry.Removed = true;
        entry.Version = 2;
        index.Apply(entry).Should().BeTrue();
        index.Publish();
        Titles(index.Search(SearchQueries.For("海洋牧场")!, new SearchScope(_ => true, null, null), 500, 10)).Should().BeEmpty();
    }

    private static SearchEntry Entry(string module, string id, string title, string permission, Guid organisation) => new()
    {
        Module = module, RecordType = "Record", RecordId = id, OrganisationId = organisation, Version = 1,
        KindZh = "记录", KindEn = "Record", Title = title, Text = "", Link = $"/{module}/{id}", ReadPermission = permission,
    };

    private static IEnumerable<string> Titles(SearchWindow found) => found.Hits.Select(h => h.Title);
}
