// Moves the cards of a board (Pages/Shared/_Board.cshtml) by drag and drop or by their "move to"
// list. Both post { stage, date, version } to the board's move endpoint, the one the record's form
// uses; on success the page reloads so counts and totals come from the server, on a refusal the
// card goes back and the problem details' reason is shown, in the language the server answered in.
(function () {
    document.querySelectorAll("[data-board]").forEach(function (board) {
        var url = board.dataset.moveUrl;
        if (!url) return;
        var message = board.querySelector("[data-board-message]");
        var dragged = null;

        function reasonOf(problem) {
            var reasons = [];
            if (problem && problem.errors) {
                Object.keys(problem.errors).forEach(function (field) { reasons = reasons.concat(problem.errors[field]); });
            }
            if (reasons.length === 0 && problem && problem.detail) reasons.push(problem.detail);
            if (reasons.length === 0 && problem && problem.title) reasons.push(problem.title);
            return reasons.join(" ");
        }

        function show(card, reason) {
            var title = card.querySelector("[data-testid=card-title]").textContent;
            message.textContent = board.dataset.refused.replace("{0}", title) + (reason || board.dataset.failed);
            message.classList.remove("d-none");
        }

        async function move(card, stage) {
            var from = card.parentElement;
            var next = card.nextElementSibling;
            var to = board.querySelector('[data-column="' + stage + '"] [data-cards]');
            if (!to || to === from) return;
            to.prepend(card);
            message.classList.add("d-none");
            try {
                var response = await fetch(url.replace("{id}", card.dataset.card), {
                    method: "POST",
                    headers: { "Content-Type": "application/json", "Accept": "application/json" },
                    body: JSON.stringify({ stage: stage, date: board.dataset.today, version: Number(card.dataset.version) })
                });
                if (response.ok) { window.location.reload(); return; }
                var problem = null;
                try { problem = await response.json(); } catch (e) { problem = null; }
                from.insertBefore(card, next);
                show(card, reasonOf(problem));
            } catch (e) {
                from.insertBefore(card, next);
                show(card, "");
            }
            var select = card.querySelector("[data-move-to]");
            if (select) select.value = "";
        }

        board.querySelectorAll("[data-card]").forEach(function (card) {
            card.addEventListener("dragstart", function (event) {
                dragged = card;
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", card.dataset.card);
            });
            card.addEventListener("dragend", function () { dragged = null; });
            var select = card.querySelector("[data-move-to]");
            if (select) select.addEventListener("change", function () { if (select.value) move(card, select.value); });
        });

        board.querySelectorAll("[data-column]").forEach(function (column) {
            column.addEventListener("dragover", function (event) {
                if (!dragged) return;
                event.preventDefault();
                column.classList.add("board-drop");
            });
            column.addEventListener("dragleave", function () { column.classList.remove("board-drop"); });
            column.addEventListener("drop", function (event) {
                event.preventDefault();
                column.classList.remove("board-drop");
                if (dragged) move(dragged, column.dataset.column);
            });
        });
    });
})();
