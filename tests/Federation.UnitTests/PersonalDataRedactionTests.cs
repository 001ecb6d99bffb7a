using Federation.Kernel.PersonalData;

namespace Federation.UnitTests;

public sealed class PersonalDataRedactionTests
{
    [Fact]
    public void An_erased_value_leaves_a_text_as_written_and_as_json_escapes_it()
    {
        var values = PersonalDataRedaction.Searchable(["陈\"小明\"", "13812345678"]);
        var text = """{"NameZh":{"from":"陈\"小明\"","to":"已删除的人员 #0190a6f4"},"Contact":"13812345678"} 陈"小明" """;

        PersonalDataRedaction.Apply(text, values).Should()
            .Be("""{"NameZh":{"from":"[已删除]","to":"已删除的人员 #0190a6f4"},"Contact":"[已删除]"} [已删除] """);
    }

    [Fact]
    public void Blank_single_character_and_placeholder_values_are_never_searched_for_and_the_longest_goes_first()
    {
        PersonalDataRedaction.Searchable([null, " ", "陈", "已删除的人员 #0190a6f4", "陈明", "陈明华", "陈明"])
            .Should().Equal("陈明华", "陈明");
    }

    [Fact]
    public void The_earlier_values_an_audit_record_kept_are_read_from_its_named_properties_only()
    {
        const string changes = """{"Contact":{"from":"13800000001","to":"13800000002"},"NameZh":"陈明","Field":"材料科学","Notes":null}""";

        PersonalDataRedaction.ValuesOf(changes, ["Contact", "NameZh", "Notes"]).Should().Equal("13800000001", "13800000002", "陈明");
        PersonalDataRedaction.ValuesOf("not json", ["Contact"]).Should().BeEmpty();
    }

    [Fact]
    public void A_placeholder_tells_records_apart_and_is_recognised()
    {
        var id = Guid.Parse("0190a6f4-1234-7000-8000-000000000001");
        PersonalDataRedaction.Placeholder(id).Should().Be("已删除的人员 #0190a6f4");
        PersonalDataRedaction.Placeholder(id, 2).Should().Be("已删除的人员 #0190a6f4-2");
        PersonalDataRedaction.IsPlaceholder(PersonalDataRedaction.Placeholder(id)).Should().BeTrue();
        PersonalDataRedaction.IsPlaceholder("陈明").Should().BeFalse();
    }
}
