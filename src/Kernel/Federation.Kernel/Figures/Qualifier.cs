namespace Federation.Kernel.Figures;

/// <summary>
/// How a report states a figure: "5个" is exact, "10至20亿元" a range, "200多人" / "超过100亿元" /
/// "逾" / "300+" at least, "约1.5亿元" / "近" about. The order is from strongest to weakest: a sum
/// of parts is as weak as its weakest part (<see cref="StatedFigure.op_Addition"/>).
/// </summary>
public enum Qualifier
{
    /// <summary>Said as an exact figure.</summary>
    Exact = 0,

    /// <summary>A range: the figure is from <see cref="StatedFigure.Value"/> to <see cref="StatedFigure.UpTo"/>.</summary>
    Range = 1,

    /// <summary>A lower bound: 多, 超过, 逾, 以上, "+".</summary>
    AtLeast = 2,

    /// <summary>An approximation: 约, 近, 左右.</summary>
    About = 3,
}
