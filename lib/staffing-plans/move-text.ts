// One line saying what a move does, in the department's words (the moves list, the comparison).
interface Named {
  name: string;
}
interface PostRef {
  title: string;
  unit: { name: string };
}

export function moveText(m: {
  kind: "PLACE" | "SWAP" | "EXIT";
  cadre: Named;
  post: PostRef;
  otherCadre: Named | null;
  otherPost: PostRef | null;
}): string {
  const post = (p: PostRef) => `${p.unit.name}${p.title}`;
  if (m.kind === "EXIT") return `${m.cadre.name} 免去 ${post(m.post)}`;
  if (m.kind === "SWAP" && m.otherCadre && m.otherPost)
    return `${m.cadre.name} 任 ${post(m.post)}；${m.otherCadre.name} 任 ${post(m.otherPost)}`;
  return `${m.cadre.name} 拟任 ${post(m.post)}`;
}
