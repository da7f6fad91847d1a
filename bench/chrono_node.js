// Usage: npm install chrono-node (in a scratch folder), then
//   NODE_PATH=<that folder>/node_modules node bench/chrono_node.js DIR
// chrono-node's Chinese parser over every *.txt of a folder, one core.
const fs = require('fs'), path = require('path');
const chrono = require('chrono-node');
const dir = process.argv[2];
const files = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
const texts = files.map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
let bytes = 0; for (const f of files) bytes += fs.statSync(path.join(dir, f)).size;
const t0 = process.hrtime.bigint();
let found = 0;
for (const t of texts) found += chrono.zh.parse(t, new Date(2024, 5, 30)).length;
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`chrono-node zh: ${files.length} files, ${(bytes/1e6).toFixed(1)} MB, ${s.toFixed(2)} s, ${(bytes/1e6/s).toFixed(1)} MB/s, ${found} dates`);
