namespace Federation.Platform.Places;

/// <summary>
/// Zhongshan's towns and sub-districts under the short names reports write, with the names people
/// also use for them, loaded with the demo. The demo's records name their towns exactly so.
/// </summary>
internal static class ZhongshanTowns
{
    public static IReadOnlyList<(string Name, string NameEn, string[] Aliases, string[] Areas)> All { get; } =
    [
        ("石岐", "Shiqi", ["石岐街道", "石岐区"], []),
        ("东区", "East District", ["东区街道"], ["岐江新城"]),
        ("西区", "West District", ["西区街道"], []),
        ("南区", "South District", ["南区街道"], []),
        ("五桂山", "Wuguishan", ["五桂山街道"], []),
        ("火炬开发区", "Torch Development Zone", ["火炬区", "中山港街道", "火炬开发区街道"], ["中山科技城"]),
        ("翠亨新区", "Cuiheng New Area", ["翠亨"], ["马鞍岛"]),
        ("民众", "Minzhong", ["民众街道"], []),
        ("南朗", "Nanlang", ["南朗街道"], []),
        ("小榄", "Xiaolan", ["小榄镇"], []),
        ("古镇", "Guzhen", ["古镇镇"], []),
        ("横栏", "Henglan", ["横栏镇"], []),
        ("港口", "Gangkou", ["港口镇"], []),
        ("沙溪", "Shaxi", ["沙溪镇"], []),
        ("大涌", "Dachong", ["大涌镇"], []),
        ("黄圃", "Huangpu", ["黄圃镇"], []),
        ("南头", "Nantou", ["南头镇"], []),
        ("东凤", "Dongfeng", ["东凤镇"], []),
        ("阜沙", "Fusha", ["阜沙镇"], []),
        ("三角", "Sanjiao", ["三角镇"], []),
        ("三乡", "Sanxiang", ["三乡镇"], []),
        ("坦洲", "Tanzhou", ["坦洲镇"], []),
        ("板芙", "Banfu", ["板芙镇"], []),
        ("神湾", "Shenwan", ["神湾镇"], []),
    ];

    /// <summary>Enters the towns and their areas through the admin's own use cases, in this order.</summary>
    public static async Task Load(PlaceAdministration places, CancellationToken ct)
    {
        foreach (var (name, nameEn, aliases, areas) in All)
        {
            var town = await places.CreateTown(new TownRequest(name, nameEn, aliases, null, null), ct);
            foreach (var area in areas) await places.AddArea(town.Id, new AreaRequest(area, [], null, null), ct);
        }
    }
}
