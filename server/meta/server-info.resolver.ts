import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { API_VERSION } from '../../client-sdk/src/api-version';

@ObjectType({ description: 'What a client needs to know about the server before it starts' })
export class ServerInfo {
  @Field({ description: 'The API version (semver); also the X-Diemcau-Api-Version response header' })
  apiVersion!: string;
}

@Resolver()
export class ServerInfoResolver {
  @Query(() => ServerInfo, { description: 'Public: the API version, for a client to check it matches' })
  serverInfo(): ServerInfo {
    return { apiVersion: API_VERSION };
  }
}
