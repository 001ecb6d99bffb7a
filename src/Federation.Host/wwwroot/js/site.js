// Multi-selects marked data-picker become searchable pickers (tom-select, served by the app).
document.querySelectorAll("select[data-picker]").forEach(function (select) {
    new TomSelect(select, { plugins: ["remove_button"], maxOptions: 300 });
});

// Print buttons are marked data-print rather than given an onclick, which the content security policy refuses.
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
});

// Destructive forms carry the question to ask in data-confirm (the kernel's Confirm texts name what
// will happen: a deletion goes to the recycle bin, a revoked token stops working); declining keeps everything.
document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
        var button = event.submitter;
        var question = (button && button.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
        if (!window.confirm(question)) event.preventDefault();
    });
});
// A single destructive button inside an ordinary form asks its own question.
document.querySelectorAll("form:not([data-confirm]) [data-confirm]").forEach(function (button) {
    button.addEventListener("click", function (event) {
        if (!window.confirm(button.getAttribute("data-confirm"))) event.preventDefault();
    });
});

// Picking a person in a comment's mention list writes "@name " into the comment, where the server reads it.
document.querySelectorAll("select[data-mention-picker]").forEach(function (picker) {
    picker.addEventListener("change", function () {
        var target = picker.form.querySelector("[data-mention-target]");
        if (!picker.value || !target) return;
        var before = target.value && !/\s$/.test(target.value) ? " " : "";
        target.value += before + "@" + picker.value + " ";
        picker.value = "";
        target.focus();
    });
});

// "/" focuses the shell's search box, unless the user is typing in a field already.
document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.querySelector("[data-search-shortcut]");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
});

// Tables with a header row stack on phones (site.css): each cell carries its column's name to show beside it.
document.querySelectorAll("main table.table").forEach(function (table) {
    var header = table.tHead && table.tHead.rows[0];
    if (!header || table.hasAttribute("data-no-stack")) return;
    var names = [];
    Array.prototype.forEach.call(header.cells, function (cell) {
        for (var i = 0; i < (cell.colSpan || 1); i++) names.push(cell.textContent.trim());
    });
    Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (row) {
            var column = 0;
            Array.prototype.forEach.call(row.cells, function (cell) {
                if (!cell.hasAttribute("data-label")) cell.setAttribute("data-label", names[column] || "");
                column += cell.colSpan || 1;
            });
        });
    });
    table.classList.add("table-stack");
});

// A town pick-list (data-town-select names its area pick-list) offers only that town's areas.
document.querySelectorAll("select[data-town-select]").forEach(function (town) {
    var area = document.getElementById(town.getAttribute("data-town-select"));
    if (!area) return;
    function follow() {
        area.querySelectorAll("optgroup[data-town]").forEach(function (group) {
            var mine = group.getAttribute("data-town") === town.value;
            group.hidden = !mine;
            group.disabled = !mine;
        });
        var picked = area.selectedOptions[0];
        if (picked && picked.parentElement.disabled) area.value = "";
    }
    town.addEventListener("change", follow);
    follow();
});
