/**
 * The part of bpmn-moddle's API procspec uses. The package ships typings for BPMN's element types (under
 * `bpmn-moddle/types`) but none for its entry point.
 */
declare module "bpmn-moddle" {
  export interface ModdleElement {
    $type: string;
    id?: string;
    [key: string]: unknown;
  }
  export interface ParseWarning {
    message: string;
  }
  export class BpmnModdle {
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    toXML(element: ModdleElement, options?: { format?: boolean }): Promise<{ xml: string }>;
    fromXML(
      xml: string,
      type?: string,
    ): Promise<{ rootElement: ModdleElement; warnings: ParseWarning[]; elementsById: Record<string, ModdleElement> }>;
  }
}
