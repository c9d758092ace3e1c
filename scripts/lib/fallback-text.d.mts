export interface TextBlock {
  tag: string;
  sign: string | undefined;
  text: string;
}
export function textBlocks(root: Node, skip?: string): TextBlock[];
