/*
 * search.js — the live search of search.html (hotfeed's own static code,
 * copied beside the pages; no text of any bulletin page is ever code).
 * Without it, search.html lists every bulletin and the browser's find
 * (Ctrl+F) searches it.  With it, what is typed into #hf-q (or given as
 * ?q= by the search form of the other pages) hides the rows of #hf-rows
 * that do not hold every word, compared after NFKC and lower-casing (so
 * ＭＳ０５ finds MS05), and #hf-count says how many are left.
 */
(function () {
	"use strict";
	var box = document.getElementById("hf-q");
	var list = document.getElementById("hf-rows");
	var count = document.getElementById("hf-count");
	var rows, text = [], i;

	if (!box || !list)
		return;
	rows = list.children;
	function norm(s) {
		return (s.normalize ? s.normalize("NFKC") : s).toLowerCase();
	}
	for (i = 0; i < rows.length; i++)
		text.push(norm(rows[i].textContent));
	function run() {
		var words = norm(box.value).split(/\s+/).filter(Boolean), shown = 0, i, ok;

		for (i = 0; i < rows.length; i++) {
			ok = words.every(function (w) { return text[i].indexOf(w) >= 0; });
			rows[i].hidden = !ok;
			shown += ok ? 1 : 0;
		}
		if (count)
			count.textContent = shown + " 件";
	}
	var q = new URLSearchParams(window.location.search).get("q");
	if (q)
		box.value = q;
	box.addEventListener("input", run);
	run();
}());
