// The shared list tools (Pages/Shared/_ListTools, _BulkBar): a column chooser whose choice this
// browser remembers per user and list, and ticking rows for the bulk bar. Hooked by data- attributes.
(function () {
    document.querySelectorAll("[data-column-chooser]").forEach(function (chooser) {
        var table = document.querySelector('table[data-testid="' + chooser.getAttribute("data-column-chooser") + '"]');
        var list = chooser.querySelector("[data-column-list]");
        // A list drawn as cards has no columns to choose.
        if (!table || !table.tHead || !list) { chooser.hidden = true; return; }
        var key = chooser.getAttribute("data-columns-key");
        var hidden = read();
        var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
        // A titled header without its own data-column is named by its place, so every titled column can be hidden.
        headers.forEach(function (th, index) {
            if (!th.getAttribute("data-column") && th.textContent.trim()) th.setAttribute("data-column", "column-" + index);
        });

        function read() {
            try { return JSON.parse(window.localStorage.getItem(key) || "[]"); } catch (e) { return []; }
        }

        function apply() {
            var width = headers.length;
            Array.prototype.forEach.call(table.rows, function (row) {
                // A footer row whose cells span columns keeps its shape.
                if (row.cells.length !== width) return;
                headers.forEach(function (th, index) {
                    var name = th.getAttribute("data-column");
                    if (name) row.cells[index].hidden = hidden.indexOf(name) >= 0;
                });
            });
        }

        headers.forEach(function (th) {
            var name = th.getAttribute("data-column");
            if (!name) return;
            var label = document.createElement("label");
            label.className = "dropdown-item form-check d-flex gap-2 align-items-center";
            var box = document.createElement("input");
            box.type = "checkbox";
            box.className = "form-check-input m-0";
            box.checked = hidden.indexOf(name) < 0;
            box.setAttribute("data-column-toggle", name);
            box.addEventListener("change", function () {
                hidden = hidden.filter(function (h) { return h !== name; });
                if (!box.checked) hidden.push(name);
                window.localStorage.setItem(key, JSON.stringify(hidden));
                apply();
            });
            label.appendChild(box);
            label.appendChild(document.createTextNode(th.textContent.replace(/[▲▼]/g, "").trim()));
            list.appendChild(label);
        });
        apply();
    });

    document.querySelectorAll("form[data-bulk-bar]").forEach(function (form) {
        var boxes = document.querySelectorAll('input[name="selected"][form="' + form.id + '"]');
        var all = document.querySelector('input[data-select-all="' + form.id + '"]');
        var count = form.querySelector("[data-selected-count]");

        function update() {
            var ticked = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
            if (count) count.textContent = count.getAttribute("data-template").replace("{0}", ticked);
            form.querySelectorAll("[data-needs-selection]").forEach(function (b) { b.disabled = ticked === 0; });
            if (all) all.checked = ticked > 0 && ticked === boxes.length;
        }

        boxes.forEach(function (b) { b.addEventListener("change", update); });
        if (all) all.addEventListener("change", function () {
            boxes.forEach(function (b) { b.checked = all.checked; });
            update();
        });
        update();
    });
})();
