// A link that saves bytes made here (an output, a drafted mapping) under their file's name.
const TYPES = {
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  yaml: "application/yaml",
};

export function downloadLink(path, bytes, words = "Download") {
  const name = path.split("/").pop();
  const type = TYPES[name.split(".").pop()] ?? "application/octet-stream";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([bytes], { type }));
  link.download = name;
  link.textContent = `${words} ${name}`;
  link.className = "button";
  return link;
}
