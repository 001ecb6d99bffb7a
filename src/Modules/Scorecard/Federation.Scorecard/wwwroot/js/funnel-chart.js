// Draws each pipeline's funnel with ECharts from the data-funnel attribute the page writes (the
// content security policy refuses inline scripts). The table beside it carries the same figures.
(function () {
    document.querySelectorAll("[data-funnel]").forEach(function (element) {
        var funnel = JSON.parse(element.dataset.funnel);
        var chart = echarts.init(element);
        var top = Math.max(1, funnel.stages.length === 0 ? 1 : funnel.stages[0].reached);
        chart.setOption({
            animation: false,
            tooltip: {
                trigger: "item",
                formatter: function (item) {
                    var stage = funnel.stages[item.dataIndex];
                    return stage.title + "<br>" + element.dataset.reached + ": " + stage.reached +
                        (stage.percent === null ? "" : "<br>" + element.dataset.ofPrevious + ": " + stage.percent + "%");
                }
            },
            series: [{
                type: "funnel", sort: "none", min: 0, max: top, minSize: "8%", gap: 2,
                left: "10%", right: "10%", top: 8, bottom: 8,
                label: { show: true, position: "inside", formatter: function (item) { return item.name + " " + item.value; } },
                itemStyle: { color: "#8f1d21", borderColor: "#fff" },
                data: funnel.stages.map(function (stage) { return { name: stage.title, value: stage.reached }; })
            }]
        });
        window.addEventListener("resize", function () { chart.resize(); });
    });
})();
