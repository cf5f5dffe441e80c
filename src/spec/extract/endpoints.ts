import fs from 'node:fs';
import ts from 'typescript';
import type { Endpoint } from '../format.js';
import { isObjectInterface, type ShapeBuilder } from './shapes.js';
import {
  classesOf,
  docComment,
  isDeletedInterface,
  moduleStem,
  namespaceChain,
  objectLiteralOf,
  readJsRequests,
  referencedDeclaration,
  stripeFile,
  type Sdk,
} from './sdk.js';

/**
 * Endpoints from the resource classes: the .d.ts gives name, doc comment, params and return type;
 * the .js gives HTTP method, path and methodType (src/spec/README.md, "Endpoints").
 */

export interface SdkObject {
  object: string;
  file: string;
  decl: ts.InterfaceDeclaration;
}

/** A resource's TestHelpers counterpart: esm/resources/X/Y.d.ts → esm/resources/TestHelpers/X/Y.d.ts. */
export function testHelpersFile(file: string): string | undefined {
  if (file.startsWith('esm/resources/TestHelpers/')) return undefined;
  const mirror = file.replace('esm/resources/', 'esm/resources/TestHelpers/');
  return fs.existsSync(stripeFile(mirror)) ? mirror : undefined;
}

interface Returned {
  /** Object names the method returns (deleted variants folded in), or null when not objects. */
  names: string[] | null;
  text: string;
  deletedOnly: boolean;
  someDeleted: boolean;
  wrapper: 'single' | 'list' | 'search';
}

function returnedOf(sdk: Sdk, m: ts.MethodDeclaration): Returned {
  let node = m.type;
  let wrapper: Returned['wrapper'] = 'single';
  const unwrap = (n: ts.TypeNode | undefined, name: string) =>
    n && ts.isTypeReferenceNode(n) && n.typeName.getText() === name && n.typeArguments?.length === 1 ? n.typeArguments[0] : undefined;
  const promised = unwrap(unwrap(node, 'Promise'), 'Response');
  if (promised) node = promised;
  else if (unwrap(node, 'ApiListPromise')) [node, wrapper] = [unwrap(node, 'ApiListPromise'), 'list'];
  else if (unwrap(node, 'ApiSearchResultPromise')) [node, wrapper] = [unwrap(node, 'ApiSearchResultPromise'), 'search'];
  else return { names: null, text: m.type?.getText() ?? '', deletedOnly: false, someDeleted: false, wrapper };
  // Interfaces of the returned type, through unions and type aliases (CustomerSource = BankAccount | Card | …).
  const decls: ts.Declaration[] = [];
  const collect = (t: ts.TypeNode): boolean => {
    if (ts.isUnionTypeNode(t)) return t.types.every(collect);
    const decl = ts.isTypeReferenceNode(t) ? referencedDeclaration(sdk.checker, t.typeName) : undefined;
    if (decl && ts.isTypeAliasDeclaration(decl)) return collect(decl.type);
    if (!decl) return false;
    decls.push(decl);
    return true;
  };
  const text = node!.getText();
  if (!collect(node!) || !decls.every((d) => ts.isInterfaceDeclaration(d) && isObjectInterface(d))) {
    return { names: null, text, deletedOnly: false, someDeleted: false, wrapper };
  }
  const names: string[] = [];
  let deleted = 0;
  for (const decl of decls as ts.InterfaceDeclaration[]) {
    if (isDeletedInterface(decl)) deleted++;
    const name = objectLiteralOf(decl)!;
    if (!names.includes(name)) names.push(name);
  }
  return { names, text, deletedOnly: deleted === decls.length, someDeleted: deleted > 0, wrapper };
}

/** Method name without the class's resource name at its end, first letter lower-cased. */
export function verbOf(method: string, className: string): string {
  const resource = className.replace(/Resource$/, '');
  const stripped = method.length > resource.length && method.endsWith(resource) ? method.slice(0, -resource.length) : method;
  return stripped[0].toLowerCase() + stripped.slice(1);
}

export interface Placed {
  /** The object whose file gets the endpoint. */
  object: string;
  related: boolean;
  endpoint: Endpoint;
}

/**
 * Every method of the objects' own classes (the class in the object's .d.ts and in its TestHelpers
 * counterpart). A method returning the object is one of its `endpoints`; one returning another object
 * we extract goes to that object's `relatedEndpoints`; one returning anything else stays with the
 * class's object, in `relatedEndpoints`, with `returns` naming what it returns.
 */
export function collectEndpoints(sdk: Sdk, builder: ShapeBuilder, objects: SdkObject[]): Placed[] {
  const extracted = new Set(objects.map((o) => o.object));
  const placed: Placed[] = [];
  for (const owner of objects) {
    const files = [owner.file, testHelpersFile(owner.file)].filter((f): f is string => !!f);
    for (const file of files) {
      const js = readJsRequests(file);
      for (const cls of classesOf(sdk.source(file))) {
        const className = cls.name!.text;
        for (const m of cls.members.filter(ts.isMethodDeclaration)) {
          const name = m.name.getText();
          const req = js.get(className)?.get(name);
          if (!req) throw new Error(`${file}: ${className}.${name} has no request in the .js`);
          const argNames = m.parameters.map((p) => p.name.getText()).filter((n) => n !== 'params' && n !== 'options');
          if (argNames.join() !== req.pathParams.join()) throw new Error(`${file}: ${className}.${name}: arguments ${argNames} vs path ${req.path}`);
          const ret = returnedOf(sdk, m);
          const single = ret.names?.length === 1 ? ret.names[0] : null;
          const target = single && extracted.has(single) ? single : owner.object;
          const self = single !== null && single === target;
          let returns: string;
          if (self) returns = ret.wrapper === 'list' ? 'list' : ret.wrapper === 'search' ? 'search' : ret.deletedOnly ? 'deleted' : 'self';
          else if (!ret.names) returns = ret.text;
          else returns = (ret.deletedOnly ? 'deleted:' : '') + ret.names.join(' | ');
          const paramsParam = m.parameters.find((p) => p.name.getText() === 'params');
          let params: string | null = null;
          if (paramsParam?.type && ts.isTypeReferenceNode(paramsParam.type)) {
            const decl = referencedDeclaration(sdk.checker, paramsParam.type.typeName);
            if (!decl || !ts.isInterfaceDeclaration(decl)) throw new Error(`${file}: ${className}.${name}: params type not an interface`);
            params = builder.visit(decl, { object: target, file: decl.getSourceFile(), prefix: namespaceChain(decl) });
          }
          const endpoint: Endpoint = {
            name,
            verb: verbOf(name, className),
            method: req.method as Endpoint['method'],
            path: req.path,
            pathParams: req.pathParams,
            testHelper: file.startsWith('esm/resources/TestHelpers/'),
            list: req.methodType === 'list' || ret.wrapper === 'list',
            returns,
            orDeleted: ret.someDeleted && !ret.deletedOnly,
            description: docComment(m),
            params,
            sdkClass: `${moduleStem(stripeFile(file))}:${className}`,
          };
          placed.push({ object: target, related: !(self && target === owner.object), endpoint });
        }
      }
    }
  }
  return placed;
}
