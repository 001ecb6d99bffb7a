// Draws the scorecard's bar charts with ECharts. The figures come from the page in data-series
// attributes, not an inline script, so the content security policy can refuse inline scripts.
(function () {
    document.querySelectorAll("[data-series]").forEach(function (element) {
        var series = JSON.parse(element.dataset.series);
        var chart = echarts.init(element);
        chart.setOption({
            animation: false,
            tooltip: { trigger: "axis" },
            grid: { left: 48, right: 16, top: 24, bottom: 56 },
            xAxis: { type: "category", data: series.labels, axisLabel: { interval: 0, rotate: series.labels.length > 6 ? 30 : 0 } },
            yAxis: { type: "value", name: element.dataset.unit || "" },
            series: [{ type: "bar", data: series.values, itemStyle: { color: "#8f1d21" }, label: { show: series.labels.length <= 16, position: "top" } }]
        });
        window.addEventListener("resize", function () { chart.resize(); });
    });
})();
