const pg=require("pg");
const c=new pg.Client({connectionString:"postgresql://miaopu:miaopu-local@localhost:38943/bench100k"});
const qs = process.argv.slice(2);
(async()=>{await c.connect();
for (const q of qs){ const r=await c.query("explain (analyze, buffers) "+q); console.log("== "+q.slice(0,120)); console.log(r.rows.map(x=>x["QUERY PLAN"]).join("\n")); }
await c.end();})();
