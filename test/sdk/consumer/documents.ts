/**
 * An integrator's own documents, one per operation kind, typed the standard way (a
 * TypedDocumentNode, as GraphQL Code Generator's client preset or gql.tada make them).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';

export const ServerInfo: TypedDocumentNode<
  { serverInfo: { apiVersion: string } },
  Record<string, never>
> = parse('query ServerInfo { serverInfo { apiVersion } }');

export const Login: TypedDocumentNode<
  { login: { token: string; user: { username: string } } },
  { username: string; password: string }
> = parse(`mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token user { username } }
}`);

export const Events: TypedDocumentNode<
  { meetingEvents: { seq: number; type: string } },
  { meetingId: string; afterSeq: number | null }
> = parse(`subscription Events($meetingId: ID!, $afterSeq: Int) {
  meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) { seq type }
}`);
